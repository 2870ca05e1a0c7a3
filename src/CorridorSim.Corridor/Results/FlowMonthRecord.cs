namespace CorridorSim.Corridor.Results;

/// <summary>
/// One flow's cargo in one month of the measurement window of one replication: what was generated and what
/// was delivered, in tonnes and in units. The replication's share of a row of <c>monthly.csv</c>.
/// </summary>
/// <remarks>
/// Only consignments created after the warm-up count, as in the KPIs, so a flow's delivered tonnes summed
/// over the months are its <c>delivered_tonnes_per_year</c> times the window's years. Demand counts in the
/// month a consignment was created, delivery in the month it was delivered.
/// </remarks>
/// <param name="Month">Month of the run, 0 = the first (730 hours each, from the scenario's <c>start_month</c>).</param>
/// <param name="Flow">The flow's name.</param>
/// <param name="DemandTonnes">Tonnes generated in the month.</param>
/// <param name="DeliveredTonnes">Tonnes delivered in the month.</param>
/// <param name="DemandUnits">Consignments (wagons, containers, trucks, parcels) generated in the month.</param>
/// <param name="DeliveredUnits">Consignments delivered in the month.</param>
public readonly record struct FlowMonthRecord(
    int Month,
    string Flow,
    double DemandTonnes,
    double DeliveredTonnes,
    long DemandUnits,
    long DeliveredUnits);
