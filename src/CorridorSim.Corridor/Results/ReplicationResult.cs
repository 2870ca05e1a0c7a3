namespace CorridorSim.Corridor.Results;

/// <summary>
/// Everything one replication of a scenario produced: its KPIs, per-facility statistics, daily
/// snapshots, monthly tonnes, the transit-time sample, optional per-consignment records and the ledger.
/// </summary>
/// <param name="Replication">Replication index, from 0.</param>
/// <param name="Seed">The replication's own seed, derived from the master seed and the index.</param>
/// <param name="Kpis">KPIs in a fixed order (headline first, then per flow in flow order).</param>
/// <param name="TransitDays">
/// Transit days of every consignment created and delivered in the window; in very long or very large runs
/// (beyond a quarter of a million deliveries) a uniform random sample of that many, so memory stays bounded.
/// </param>
/// <param name="Consignments">Per-consignment records, or null when not requested.</param>
/// <param name="Stages">Per-stage records, or null when not requested.</param>
/// <param name="EventsProcessed">Kernel events processed (for the benchmark).</param>
public sealed record ReplicationResult(
    int Replication,
    ulong Seed,
    IReadOnlyList<KpiValue> Kpis,
    IReadOnlyList<FacilityStats> Facilities,
    IReadOnlyList<TimeseriesPoint> Timeseries,
    IReadOnlyList<MonthlyTonnes> Months,
    IReadOnlyList<double> TransitDays,
    IReadOnlyList<ConsignmentRecord>? Consignments,
    IReadOnlyList<StageRecord>? Stages,
    ConservationLedger Ledger,
    long EventsProcessed)
{
    /// <summary>
    /// Corridor tonnes (no background) created and not yet delivered at the end of each day of the run, day 0
    /// first: the series behind <c>backlog_growth_tonnes_per_year</c> and <c>saturation_day</c>.
    /// </summary>
    public IReadOnlyList<double> DailyHeldTonnes { get; init; } = [];

    /// <summary>
    /// The waiting of the measurement window charged to what it waited for, one entry per cause that was
    /// charged any (see <see cref="Causes.WaitCause"/> for the rule); the consignment-hours sum to the
    /// facilities' <see cref="FacilityStats.WaitingConsignmentHours"/>.
    /// </summary>
    public IReadOnlyList<CauseWaits> Causes { get; init; } = [];

    /// <summary>Every departure of every sea service over the horizon, in the order they left.</summary>
    public IReadOnlyList<SailingRecord> Sailings { get; init; } = [];

    /// <summary>Every corridor train formed over the horizon, by train number.</summary>
    public IReadOnlyList<TrainRecord> Trains { get; init; } = [];

    /// <summary>Each flow's window cargo per month of the run, from the month the window starts in; by month, then flow.</summary>
    public IReadOnlyList<FlowMonthRecord> FlowMonths { get; init; } = [];
}
