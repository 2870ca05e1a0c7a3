using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;

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
    {
        ArgumentNullException.ThrowIfNull(runReplication);
        _pool = new ReplicationPool(runReplication, time ?? TimeProvider.System);
    }

    /// <summary>Runs the replications of one scenario and summarises every KPI.</summary>
    /// <returns>The results in replication order, and the spec as run (its seed and replication count after the options).</returns>
    /// <exception cref="ExperimentArgumentException">The options or the scenario ask for fewer than one replication or thread.</exception>
    public ExperimentResult Run(
        CorridorSpec spec,
        ExperimentOptions? options = null,
        IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return RunAll([spec], options ?? ExperimentOptions.Default, progress, cancellation)[0];
    }

    /// <summary>
    /// Runs several scenarios' replications as one pool of work (so the cores stay busy across
    /// scenario boundaries and one progress bar covers it all), then summarises each scenario.
    /// </summary>
    private ExperimentResult[] RunAll(
        IReadOnlyList<CorridorSpec> specs,
        ExperimentOptions options,
        IProgress<ExperimentProgress>? progress,
        CancellationToken cancellation)
    {
        options.Validate();
        var asRun = specs.Select(s => AsRun(s, options)).ToArray();
        var work = new List<ReplicationWork>();
        foreach (var spec in asRun)
        {
            for (var i = 0; i < spec.Replications; i++)
            {
                work.Add(new ReplicationWork(spec, i, options.RecordsConsignments(i)));
            }
        }

        var results = _pool.Run(work, options.ThreadCount, progress, cancellation);

        var experiments = new ExperimentResult[asRun.Length];
        var offset = 0;
        for (var s = 0; s < asRun.Length; s++)
        {
            var replications = new ArraySegment<ReplicationResult>(results, offset, asRun[s].Replications).ToArray();
            offset += replications.Length;
            var summary = KpiSample.Of(replications).Select(k => k.Summarise()).ToArray();
            experiments[s] = new ExperimentResult(asRun[s], replications, summary);
        }

        return experiments;
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
