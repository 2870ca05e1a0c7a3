namespace CorridorSim.Testing;

/// <summary>A fresh empty folder under the system temp folder, deleted with everything in it when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder, named by a new GUID under <c>corridorsim-tests</c> so parallel tests never share one.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corridorsim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside this folder.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to a file in this folder and returns its path.</summary>
    public string Write(string fileName, string text)
    {
        var path = Combine(fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Names of every entry directly inside this folder, sorted.</summary>
    public IReadOnlyList<string> Entries() => EntriesOf(Path);

    /// <summary>Names of every entry directly inside <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> EntriesOf(string folder) =>
        Directory.GetFileSystemEntries(folder).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>Deletes the folder; a file another process still holds open leaves it behind rather than failing the test.</summary>
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
