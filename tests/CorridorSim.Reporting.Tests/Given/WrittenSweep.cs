namespace CorridorSim.Reporting.Tests.Given;

/// <summary>The sample sweep's result folder, written once per test class that only reads it.</summary>
public sealed class WrittenSweep : IDisposable
{
    private readonly TempFolder _temp = new();

    public WrittenSweep()
    {
        Folder = _temp.Combine("sweep");
        SweepReport.Write(Folder, "baseline-2024", [SampleSweep.Key], SampleSweep.Points, SampleRun.Context());
    }

    public string Folder { get; }

    public string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    public void Dispose() => _temp.Dispose();
}
