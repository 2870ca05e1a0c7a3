using System.Diagnostics;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

/// <summary>
/// The benchmark of parallel replications: the same replications timed on one thread and on two.
/// </summary>
public static class ParallelScaling
{
    /// <summary>The replications run untimed before any timing, at most.</summary>
    public const int WarmupReplications = 4;

    /// <summary>
    /// Times <paramref name="replications"/> replications of <paramref name="spec"/> on one thread, then on
    /// two, <paramref name="rounds"/> times, one right after the other in each round.
    /// </summary>
    /// <param name="runner">The runner to time; one on the real model when null.</param>
    /// <remarks>
    /// A few replications are run untimed first so that compiling the model's code is not charged to the
    /// one-thread run. Every round's times are kept: the benchmark quotes medians and the median of the
    /// rounds' ratios, which one slow or lucky round does not move. No consignment records are kept.
    /// </remarks>
    /// <exception cref="ExperimentArgumentException">Fewer than one replication or round.</exception>
    public static ScalingMeasurement Measure(
        CorridorSpec spec,
        int replications,
        int rounds = 1,
        ExperimentRunner? runner = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (rounds < 1)
        {
            throw new ExperimentArgumentException($"{rounds} benchmark rounds", "fewer than one round", "a whole number of at least 1");
        }

        runner ??= new ExperimentRunner();
        var options = new ExperimentOptions(Replications: replications, Consignments: ConsignmentRecording.None);
        runner.Run(spec, options with { Replications = Math.Min(replications, WarmupReplications), Threads = 2 }, cancellation: cancellation);

        var oneThread = new List<TimeSpan>();
        var twoThreads = new List<TimeSpan>();
        var identical = true;
        for (var round = 0; round < rounds; round++)
        {
            var (oneTime, one) = Time(() => runner.Run(spec, options with { Threads = 1 }, cancellation: cancellation));
            var (twoTime, two) = Time(() => runner.Run(spec, options with { Threads = 2 }, cancellation: cancellation));
            oneThread.Add(oneTime);
            twoThreads.Add(twoTime);
            identical &= one.Replications.Zip(two.Replications, (a, b) => a.Kpis.SequenceEqual(b.Kpis)).All(same => same);
        }

        return new ScalingMeasurement(replications, oneThread, twoThreads, identical);
    }

    private static (TimeSpan Elapsed, ExperimentResult Result) Time(Func<ExperimentResult> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        return (stopwatch.Elapsed, result);
    }
}
