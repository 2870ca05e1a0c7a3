namespace CorridorSim.Cli.Tests.Given;

/// <summary>A fresh empty folder under the system temp folder, deleted with everything in it when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corridorsim-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to a file in this folder and returns its path.</summary>
    public string Write(string fileName, string text)
    {
        var path = Combine(fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Names of every entry directly inside this folder, sorted.</summary>
    public IReadOnlyList<string> Entries() =>
        Directory.GetFileSystemEntries(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>The entries whose names mark them as a result folder's temporary (<c>.tmp-*</c>, lock files included).</summary>
    public IReadOnlyList<string> TemporaryEntries() =>
        Entries().Where(e => e.StartsWith(Reporting.Folders.ResultFolder.TemporaryPrefix, StringComparison.Ordinal)).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
