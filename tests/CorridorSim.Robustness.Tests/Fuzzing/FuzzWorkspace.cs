namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// A temporary folder holding copies of the bundled scenarios (so a mutated child still finds the file it
/// extends), where each fuzzed case is written, judged and removed. A failing input is kept in
/// <see cref="FailuresFolder"/> and named in the failure message.
/// </summary>
internal sealed class FuzzWorkspace : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-fuzz-").FullName;
    private int _cases;

    public FuzzWorkspace()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml"))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }

    public static string FailuresFolder => Path.Combine(Path.GetTempPath(), "corridorsim-fuzz-failures");

    public FuzzTally Tally { get; } = new();

    /// <summary>Writes, judges and removes <paramref name="fuzzCase"/>; throws a <see cref="FuzzFailure"/> naming the kept input when it breaks a rule.</summary>
    public void Judge(FuzzCase fuzzCase)
    {
        var stem = $"case-{Interlocked.Increment(ref _cases)}";
        var path = fuzzCase.WriteTo(_folder, stem);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var verdict = ScenarioOracle.Judge(path, fuzzCase.HorizonDays, fuzzCase.WarmupDays);
            Tally.Add(fuzzCase, verdict, clock.Elapsed);
        }
        catch (FuzzFailure failure)
        {
            Directory.CreateDirectory(FailuresFolder);
            var kept = Path.Combine(FailuresFolder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{stem}.yaml");
            if (new FileInfo(path).Length < 1_000_000) File.Copy(path, kept, overwrite: true);
            throw new FuzzFailure($"{fuzzCase}: {failure.Message}\n(input kept as {kept})");
        }
        finally
        {
            foreach (var file in Directory.GetFiles(_folder, stem + "*")) File.Delete(file);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
