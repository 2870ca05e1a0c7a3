namespace CorridorSim.Experiments;

/// <summary>
/// How much faster a scenario's replications run on two threads than on one: both wall times and their
/// ratio, as <c>corridorsim bench</c> prints them.
/// </summary>
/// <param name="Replications">Replications timed on each thread count.</param>
/// <param name="Rounds">Times each thread count was timed; the times are the fastest round's.</param>
/// <param name="OneThread">Wall time with one thread.</param>
/// <param name="TwoThreads">Wall time with two threads.</param>
/// <param name="ResultsIdentical">Whether both thread counts gave every replication the same KPI values (they must).</param>
public sealed record ScalingMeasurement(int Replications, int Rounds, TimeSpan OneThread, TimeSpan TwoThreads, bool ResultsIdentical)
{
    /// <summary>One-thread time ÷ two-thread time; the target is at least 1.7 on two cores.</summary>
    public double Speedup => OneThread / TwoThreads;
}
