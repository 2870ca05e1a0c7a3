namespace CorridorSim.Reporting.Tests.Given;

/// <summary>The sample comparison's result folder, written once per test class that only reads it.</summary>
public sealed class WrittenComparison : IDisposable
{
    private readonly TempFolder _temp = new();

    public WrittenComparison()
    {
        Folder = _temp.Combine("compare");
        CompareReport.Write(Folder, [SampleComparison.Baseline, SampleComparison.Digital], SampleComparison.Rows, SampleRun.Context());
    }

    public string Folder { get; }

    public string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    public void Dispose() => _temp.Dispose();
}
