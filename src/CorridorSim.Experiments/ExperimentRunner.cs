using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments.Saturation;

namespace CorridorSim.Experiments;

/// <summary>
/// Runs experiments on the corridor model: a scenario's replications in parallel (<see cref="Run"/>),
/// several scenarios on common random numbers (<see cref="Compare"/>), and a grid of parameter values
/// (<see cref="Sweep"/>).
/// </summary>
/// <remarks>
/// Replication <i>i</i> of a scenario is always run as <c>runReplication(spec, i, …)</c>; the model
/// derives every random stream from (master seed, <i>i</i>, stream name), so a result depends on neither
/// the thread count nor the order threads finish in, and results are always returned in replication order.
/// All methods block until the work is done; progress is reported from worker threads, one report at a
/// time, and should be quick. A cancelled experiment stops promptly (running replications see the token
/// through <see cref="RunOptions.Cancellation"/>) and throws <see cref="OperationCanceledException"/>.
/// An exception thrown inside a replication reaches the caller unchanged.
/// </remarks>
public sealed partial class ExperimentRunner
{
    private readonly Func<ReplicationWork, RunOptions, ReplicationResult> _runReplication;
    private readonly ReplicationPool _pool;

    /// <summary>A runner on the real corridor model.</summary>
    public ExperimentRunner()
        : this(CorridorModel.RunReplication)
    {
    }

    /// <summary>A runner on the real corridor model that times its replications with <paramref name="time"/>.</summary>
    public ExperimentRunner(TimeProvider time)
        : this(CorridorModel.RunReplication, time)
    {
    }

    /// <summary>A runner on the given replication function (a fake in tests, the model otherwise).</summary>
    /// <param name="runReplication">Runs replication <c>i</c> of a scenario; must be safe to call from several threads at once.</param>
    /// <param name="time">The clock for elapsed time and time left; the system clock when null.</param>
    public ExperimentRunner(
        Func<CorridorSpec, int, RunOptions, ReplicationResult> runReplication,
        TimeProvider? time = null)
        : this(Adapt(runReplication), time)
    {
    }

    /// <summary>A runner that gets each replication from <paramref name="runReplication"/>, which also sees its place in the experiment.</summary>
    internal ExperimentRunner(Func<ReplicationWork, RunOptions, ReplicationResult> runReplication, TimeProvider? time)
    {
        _runReplication = runReplication;
        _pool = new ReplicationPool(time ?? TimeProvider.System);
    }

    /// <summary>Runs the replications of one scenario and summarises every KPI.</summary>
    /// <param name="finished">
    /// Hears of each replication as it ends, from the thread that ran it, in whatever order they end (what the
    /// result folder can start writing before the rest are done); it must be quick and safe to call from
    /// several threads at once.
    /// </param>
    /// <returns>The results in replication order, and the spec as run (its seed and replication count after the options).</returns>
    /// <exception cref="ExperimentArgumentException">The options or the scenario ask for fewer than one replication or thread.</exception>
    public ExperimentResult Run(
        CorridorSpec spec,
        ExperimentOptions? options = null,
        IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellation = default,
        Action<ReplicationResult>? finished = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return RunAll([spec], options ?? ExperimentOptions.Default, progress, cancellation, finished)[0];
    }

    /// <summary>
    /// The replications an experiment of <paramref name="kind"/> on <paramref name="specs"/> (the compared
    /// scenarios, or every sweep point's scenario, in order) consists of, scenario by scenario: what a
    /// batch plan splits into shards.
    /// </summary>
    /// <exception cref="ExperimentArgumentException">The experiment is not one that can run (see the methods that run it).</exception>
    internal static IReadOnlyList<ReplicationWork> WorkOf(ExperimentKind kind, IReadOnlyList<CorridorSpec> specs, ExperimentOptions options)
    {
        ArgumentNullException.ThrowIfNull(specs);
        return Work(specs, kind == ExperimentKind.Compare ? SharedOptions(specs, options) : options);
    }

    private static Func<ReplicationWork, RunOptions, ReplicationResult> Adapt(Func<CorridorSpec, int, RunOptions, ReplicationResult> runReplication)
    {
        ArgumentNullException.ThrowIfNull(runReplication);
        return (work, options) => runReplication(work.Spec, work.Replication, options);
    }

    /// <summary>
    /// Runs several scenarios' replications as one pool of work (so the cores stay busy across
    /// scenario boundaries and one progress bar covers it all), then summarises each scenario.
    /// </summary>
    private ExperimentResult[] RunAll(
        IReadOnlyList<CorridorSpec> specs,
        ExperimentOptions options,
        IProgress<ExperimentProgress>? progress,
        CancellationToken cancellation,
        Action<ReplicationResult>? finished = null)
    {
        var work = Work(specs, options);
        Func<ReplicationWork, RunOptions, ReplicationResult> run = finished is null ? RunChecked : (item, o) =>
        {
            var result = RunChecked(item, o);
            finished(result);
            return result;
        };
        var results = _pool.Run(work, run, options.ThreadCount, progress, cancellation);

        var experiments = new ExperimentResult[specs.Count];
        var offset = 0;
        for (var s = 0; s < specs.Count; s++)
        {
            var asRun = work[offset].Spec;
            var replications = new ArraySegment<ReplicationResult>(results, offset, asRun.Replications).ToArray();
            offset += replications.Length;
            var summary = WithSaturationDay(KpiSample.Of(replications).Select(k => k.Summarise()).ToList(), asRun, replications);
            experiments[s] = new ExperimentResult(asRun, replications, summary);
        }

        return experiments;
    }

    /// <summary>
    /// Puts the across-replication <c>saturation_day</c> after the backlog growth it belongs with; a result
    /// without the model's backlog KPIs (a stand-in model's) gets none.
    /// </summary>
    private static KpiSummary[] WithSaturationDay(List<KpiSummary> summary, CorridorSpec spec, IReadOnlyList<ReplicationResult> replications)
    {
        var after = summary.FindIndex(s => s.Kpi == Kpis.BacklogGrowthTonnesPerYear.Name);
        if (after >= 0) summary.Insert(after + 1, SaturationDay.Summarise(spec, replications));
        return [.. summary];
    }

    private ReplicationResult RunChecked(ReplicationWork item, RunOptions options)
    {
        var result = _runReplication(item, options);
        if (result is null || result.Replication != item.Replication)
        {
            throw new InvalidOperationException(
                $"Asked for replication {item.Replication} of '{item.Spec.Name}', the model returned "
                + (result is null ? "nothing." : $"replication {result.Replication}."));
        }

        return result;
    }

    /// <summary>Every replication of every scenario as run, scenario by scenario and in replication order.</summary>
    private static List<ReplicationWork> Work(IReadOnlyList<CorridorSpec> specs, ExperimentOptions options)
    {
        options.Validate();
        var work = new List<ReplicationWork>();
        for (var s = 0; s < specs.Count; s++)
        {
            var spec = AsRun(specs[s], options);
            for (var i = 0; i < spec.Replications; i++)
            {
                work.Add(new ReplicationWork(s, spec, i, options.RecordsConsignments(i)));
            }
        }

        return work;
    }

    private static CorridorSpec AsRun(CorridorSpec spec, ExperimentOptions options)
    {
        var replications = options.Replications ?? spec.Replications;
        if (replications < 1)
        {
            throw new ExperimentArgumentException(
                $"replications: {replications} in scenario '{spec.Name}'",
                "fewer than one replication",
                "a whole number of at least 1 (or --replications N)");
        }

        return spec with { Replications = replications, Seed = options.Seed ?? spec.Seed };
    }
}
