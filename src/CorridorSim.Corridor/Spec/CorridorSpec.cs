namespace CorridorSim.Corridor.Spec;

/// <summary>
/// A complete, validated description of one corridor scenario: run settings, the network of facilities
/// and legs, sea services, customs regimes, weather, disruptions and demand. Immutable; built by the
/// scenario loader or directly in code (tests, benchmarks).
/// </summary>
/// <param name="Name">Scenario name (names the results folder).</param>
/// <param name="Description">One sentence on the question the scenario answers.</param>
/// <param name="Seed">Master seed; every random stream is derived from it, the replication and its name.</param>
/// <param name="Replications">Independent replications to run.</param>
/// <param name="HorizonDays">Simulated days per replication, warm-up included.</param>
/// <param name="WarmupDays">Days at the start excluded from every KPI.</param>
public sealed record CorridorSpec(
    string Name,
    string Description,
    ulong Seed,
    int Replications,
    double HorizonDays,
    double WarmupDays,
    IReadOnlyList<OriginSpec> Origins,
    IReadOnlyList<DestinationSpec> Destinations,
    IReadOnlyList<BorderSpec> Borders,
    IReadOnlyList<PortSpec> Ports,
    IReadOnlyList<RailLegSpec> RailLegs,
    IReadOnlyList<RoadLegSpec> RoadLegs,
    IReadOnlyList<SeaServiceSpec> SeaServices,
    IReadOnlyList<CustomsRegimeSpec> CustomsRegimes,
    IReadOnlyList<FlowSpec> Flows,
    IReadOnlyList<StormSpec> Storms,
    IReadOnlyList<DisruptionSpec> Disruptions)
{
    /// <summary>
    /// Calendar month of day 0 (1 = January): where seasonality, storm rates and monthly outputs start.
    /// </summary>
    public int StartMonth { get; init; } = 1;

    /// <summary>Non-corridor trains on shared borders and lines; empty by default.</summary>
    public IReadOnlyList<BackgroundFlowSpec> Background { get; init; } = [];

    /// <summary>
    /// Days the cohort behind <c>cohort_delivered_share</c> ends before the window does, on top of each flow's
    /// unconstrained transit: time for the scheduled waits no capacity causes (a train being formed, a vessel's
    /// <c>max_wait_hours</c>, a storm). Default <see cref="DefaultCohortMarginDays"/>.
    /// </summary>
    public double CohortMarginDays { get; init; } = DefaultCohortMarginDays;

    /// <summary>
    /// Fourteen days: a week for a train to be formed at a thin origin, up to three days for a vessel's
    /// <c>max_wait_hours</c>, and a few days of storm closure, none of which is queueing.
    /// </summary>
    public const double DefaultCohortMarginDays = 14;
}
