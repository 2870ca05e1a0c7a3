using System.Diagnostics;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

/// <summary>
/// The benchmark of parallel replications: the same replications timed on one thread and on two.
/// </summary>
public static class ParallelScaling
{
    /// <summary>Times <paramref name="replications"/> replications of <paramref name="spec"/> on one thread, then on two.</summary>
    /// <param name="runner">The runner to time; one on the real model when null.</param>
    /// <remarks>
    /// One replication is run untimed first so that compiling the model's code is not charged to the
    /// one-thread run. No consignment records are kept, as in a plain run's later replications.
    /// </remarks>
    public static ScalingMeasurement Measure(
        CorridorSpec spec,
        int replications,
        ExperimentRunner? runner = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        runner ??= new ExperimentRunner();
        var options = new ExperimentOptions(Replications: replications, Consignments: ConsignmentRecording.None);

        runner.Run(spec, options with { Replications = 1, Threads = 1 }, cancellation: cancellation);
        var (oneThread, one) = Time(() => runner.Run(spec, options with { Threads = 1 }, cancellation: cancellation));
        var (twoThreads, two) = Time(() => runner.Run(spec, options with { Threads = 2 }, cancellation: cancellation));

        var identical = one.Replications
            .Zip(two.Replications, (a, b) => a.Kpis.SequenceEqual(b.Kpis))
            .All(same => same);
        return new ScalingMeasurement(replications, oneThread, twoThreads, identical);
    }

    private static (TimeSpan Elapsed, ExperimentResult Result) Time(Func<ExperimentResult> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        return (stopwatch.Elapsed, result);
    }
}
