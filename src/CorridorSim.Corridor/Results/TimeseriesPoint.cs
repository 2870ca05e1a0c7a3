namespace CorridorSim.Corridor.Results;

/// <summary>A daily snapshot of one facility: one row of <c>timeseries.csv</c>.</summary>
/// <param name="Day">Day of the horizon (0 = first day), sampled at the end of the day.</param>
/// <param name="QueueUnits">Consignments waiting there.</param>
/// <param name="QueueTonnes">Tonnes waiting there.</param>
/// <param name="InService">Units of capacity busy (berths, tracks, vessels loading or sailing).</param>
/// <param name="Closed">Whether a storm or disruption closed it at that moment.</param>
public sealed record TimeseriesPoint(int Day, string Facility, double QueueUnits, double QueueTonnes, double InService, bool Closed);

/// <summary>Tonnes generated and delivered in one calendar month of the horizon (month 0 = first).</summary>
/// <param name="Month">Month of the run, 0 = the first.</param>
public sealed record MonthlyTonnes(int Month, double DemandTonnes, double DeliveredTonnes)
{
    /// <summary>The calendar month it is, 1 = January (the scenario's <c>start_month</c> is month 0's).</summary>
    public int CalendarMonth { get; init; } = (Month % 12) + 1;
}
