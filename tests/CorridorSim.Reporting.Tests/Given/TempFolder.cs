namespace CorridorSim.Reporting.Tests.Given;

/// <summary>A fresh empty folder under the system temp folder, deleted with everything in it when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corridorsim-reporting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Names of every entry directly inside this folder, sorted.</summary>
    public IReadOnlyList<string> Entries() => EntriesOf(Path);

    /// <summary>Names of every entry directly inside <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> EntriesOf(string folder) =>
        Directory.GetFileSystemEntries(folder).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
