namespace CorridorSim.Benchmarks;

/// <summary>
/// How long one replication of the corridor model took at one demand level and horizon: the median of
/// several runs, with the events it processed, the memory it allocated and the tonnes it delivered.
/// </summary>
/// <param name="DemandTonnesPerYear">Total demand the scenario was scaled to.</param>
/// <param name="Years">Simulated years per run.</param>
/// <param name="MedianSeconds">Median wall time of one run.</param>
/// <param name="Events">Kernel events processed in one run.</param>
/// <param name="DeliveredTonnesPerYear">What the corridor delivered, per year, in the last run.</param>
/// <param name="BacklogTonnes">Tonnes still in the system when the last run ended.</param>
/// <param name="PeakManagedBytes">Largest managed heap seen during the runs; 0 when memory was not watched.</param>
public sealed record ModelTiming(
    double DemandTonnesPerYear,
    double Years,
    double MedianSeconds,
    long Events,
    double DeliveredTonnesPerYear,
    double BacklogTonnes,
    long PeakManagedBytes)
{
    /// <summary>Bytes allocated on the running thread in the median run (the model runs on one thread).</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Full (generation 2) collections during all the runs together, whatever triggered them.</summary>
    public int FullCollections { get; init; }

    /// <summary>Kernel events processed per wall-clock second of the median run.</summary>
    public double EventsPerSecond => Events / MedianSeconds;

    /// <summary>Wall-clock seconds of the median run per simulated year.</summary>
    public double SecondsPerSimulatedYear => MedianSeconds / Years;

    /// <summary>Bytes the model allocated per kernel event, set-up and results included.</summary>
    public double AllocatedBytesPerEvent => Events > 0 ? (double)AllocatedBytes / Events : double.NaN;
}
