namespace CorridorSim.Benchmarks;

/// <summary>
/// What one run of a benchmark workload measured.
/// </summary>
/// <param name="Workload">The workload name: <c>floor</c>, <c>timeouts</c> or <c>mm1</c>.</param>
/// <param name="Events">Kernel events processed (for the floor: pop-and-push steps).</param>
/// <param name="Units">The workload's own unit: steps, timeouts or customers.</param>
/// <param name="Seconds">Wall-clock seconds of the measured part.</param>
/// <param name="AllocatedBytes">Bytes allocated on the running thread during the measured part.</param>
/// <param name="MeanWait">M/M/1 only: the mean wait in queue, in hours (analytic 9.0).</param>
/// <param name="MeanWaitHalfWidth">M/M/1 only: the 95% half-width of the mean wait from 20 batch means.</param>
/// <param name="CpuSeconds">
/// Processor seconds the process used over the same span (all its threads; the workloads run on one, and
/// the collector and the JIT add little). On a shared machine that keeps the cores busy, this is far less
/// disturbed than the wall clock: time spent waiting for a core is not counted.
/// </param>
public sealed record WorkloadResult(
    string Workload,
    long Events,
    long Units,
    double Seconds,
    long AllocatedBytes,
    double? MeanWait = null,
    double? MeanWaitHalfWidth = null,
    double CpuSeconds = double.NaN)
{
    /// <summary>Events processed per processor second.</summary>
    public double EventsPerCpuSecond => Events / CpuSeconds;

    /// <summary>Workload units per processor second.</summary>
    public double UnitsPerCpuSecond => Units / CpuSeconds;

    /// <summary>Events processed per wall-clock second.</summary>
    public double EventsPerSecond => Events / Seconds;

    /// <summary>Workload units (steps, timeouts, customers) per wall-clock second.</summary>
    public double UnitsPerSecond => Units / Seconds;

    /// <summary>Bytes allocated per event.</summary>
    public double BytesPerEvent => (double)AllocatedBytes / Events;
}
