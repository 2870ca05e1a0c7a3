namespace CorridorSim.Reporting.Tests.Given;

/// <summary>
/// The tiny corridor's result folder, written once per test class that only reads it (charts take a
/// moment to draw, and tests stay fast).
/// </summary>
public sealed class WrittenRun : IDisposable
{
    private readonly TempFolder _temp = new();

    public WrittenRun()
    {
        Folder = _temp.Combine("run");
        RunReport.Write(Folder, SampleRun.Run(), SampleRun.Context());
    }

    public string Folder { get; }

    public string Report => File.ReadAllText(Path.Combine(Folder, "report.md"));

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => _temp.Dispose();
}
