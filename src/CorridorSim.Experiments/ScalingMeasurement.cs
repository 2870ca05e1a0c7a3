using CorridorSim.Kernel;

namespace CorridorSim.Experiments;

/// <summary>
/// How much faster a scenario's replications run on two threads than on one: both wall times of every
/// round and their ratio, as <c>corridorsim bench</c> prints them.
/// </summary>
/// <param name="Replications">Replications timed on each thread count.</param>
/// <param name="OneThreadRounds">Wall time with one thread, round by round.</param>
/// <param name="TwoThreadRounds">Wall time with two threads, round by round (each right after the same round's one-thread time).</param>
/// <param name="ResultsIdentical">Whether both thread counts gave every replication the same KPI values (they must).</param>
public sealed record ScalingMeasurement(
    int Replications, IReadOnlyList<TimeSpan> OneThreadRounds, IReadOnlyList<TimeSpan> TwoThreadRounds, bool ResultsIdentical)
{
    /// <summary>Times each thread count was timed.</summary>
    public int Rounds => OneThreadRounds.Count;

    /// <summary>Median wall time with one thread.</summary>
    public TimeSpan OneThread => TimeSpan.FromTicks((long)Median(OneThreadRounds.Select(t => (double)t.Ticks)));

    /// <summary>Median wall time with two threads.</summary>
    public TimeSpan TwoThreads => TimeSpan.FromTicks((long)Median(TwoThreadRounds.Select(t => (double)t.Ticks)));

    /// <summary>One-thread time ÷ two-thread time of each round, in round order.</summary>
    /// <remarks>Taken round by round, so that a drift in the machine's speed during the benchmark moves both times of a ratio alike.</remarks>
    public IReadOnlyList<double> RoundSpeedups => [.. OneThreadRounds.Zip(TwoThreadRounds, (one, two) => one / two)];

    /// <summary>The median of the rounds' speed-ups; the target is at least 1.8 on two cores.</summary>
    public double Speedup => Median(RoundSpeedups);

    private static double Median(IEnumerable<double> values) => Quantile.OfSorted([.. values.Order()], 0.5);
}
