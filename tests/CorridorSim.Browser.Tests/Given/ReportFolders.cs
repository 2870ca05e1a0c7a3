using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Scenarios;

namespace CorridorSim.Browser.Tests.Given;

/// <summary>
/// A run, a comparison and a sweep of the bundled baseline, shortened to a few weeks and two replications
/// so the pages hold the real corridor's map and charts, written once for every browser test.
/// </summary>
public sealed class ReportFolders : IDisposable
{
    /// <summary>What shortens the bundled scenarios: enough days for queues to form, few enough to run in seconds.</summary>
    public static readonly string[] Short = ["horizon_days=45", "warmup_days=5", "replications=2"];

    /// <summary>The key the sweep varies, and its values.</summary>
    public const string SweepKey = "sea_services.kuryk_alat_ferry.vessels";

    private static readonly string[] SweepValues = ["2", "4"];
    private readonly TempFolder _temp = new();

    public ReportFolders()
    {
        var runner = new ExperimentRunner();
        var options = new ExperimentOptions(Threads: 2);
        var baseline = Load(RepositoryPaths.Baseline);
        var digital = Load(RepositoryPaths.DigitalCustoms);

        Spec = baseline.Spec!;
        Result = runner.Run(Spec, options);
        Run = _temp.Combine("run");
        RunReport.Write(Run, new ScenarioRun(Spec.Name, baseline.ResolvedYaml, Result), Context("run"));

        var comparison = runner.Compare([Spec, digital.Spec!], options);
        Compare = _temp.Combine("compare");
        CompareReport.Write(Compare, comparison, [baseline.ResolvedYaml, digital.ResolvedYaml], Context("compare"));

        var points = SweepValues.Select((value, i) =>
        {
            var loaded = Load(RepositoryPaths.Baseline, $"{SweepKey}={value}");
            var settings = new[] { new KeyValuePair<string, string>(SweepKey, value) };
            return new SweepRun(new SweepPoint(i, settings, runner.Run(loaded.Spec!, options)), loaded.ResolvedYaml);
        }).ToList();
        Sweep = _temp.Combine("sweep");
        SweepReport.Write(Sweep, Spec.Name, [SweepKey], points, Context("sweep"));
    }

    /// <summary>The baseline as run (shortened).</summary>
    public CorridorSpec Spec { get; }

    /// <summary>The baseline's results, whose numbers the run page shows.</summary>
    public ExperimentResult Result { get; }

    /// <summary>The run's folder.</summary>
    public string Run { get; }

    /// <summary>The comparison's folder (baseline against digital customs).</summary>
    public string Compare { get; }

    /// <summary>The sweep's folder (two fleet sizes on Kuryk–Alat).</summary>
    public string Sweep { get; }

    /// <summary>The folder of a kind of report: <c>run</c>, <c>compare</c> or <c>sweep</c>.</summary>
    public string FolderOf(string kind) => kind switch
    {
        "run" => Run,
        "compare" => Compare,
        "sweep" => Sweep,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "run, compare or sweep"),
    };

    public void Dispose() => _temp.Dispose();

    private static ScenarioLoadResult Load(string path, params string[] more)
    {
        var loaded = ScenarioLoader.Load(path, [.. Short, .. more]);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        return loaded;
    }

    private static RunContext Context(string verb) =>
        new($"corridorsim {verb} (browser test)", 20240101, 2, 2, "test", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
