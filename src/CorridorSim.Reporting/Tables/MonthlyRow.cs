using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// One month of the measurement window for one flow (or for the whole corridor, <see cref="MonthlyRows.AllFlows"/>):
/// demand and delivered tonnes and units, each as a mean and 95% interval across replications. One row of
/// <c>monthly.csv</c>, and the data series the monthly chart is drawn from.
/// </summary>
/// <param name="Year">Year of the run, 1 = the calendar year the run starts in (the scenario names no calendar year).</param>
/// <param name="Month">Calendar month, 1 = January.</param>
/// <param name="MonthOfRun">Month of the run, 0 = the first (730 hours each, from <c>start_month</c>).</param>
/// <param name="DaysInWindow">Days of the month inside the measurement window: less than a full month where the warm-up or the horizon ends in it.</param>
/// <param name="Flow">The flow, or <c>all</c> for the corridor.</param>
/// <param name="DemandTonnes">Tonnes generated in the month by consignments of the window.</param>
/// <param name="DeliveredTonnes">Tonnes of window consignments delivered in the month.</param>
/// <param name="DemandUnits">Consignments (wagons, containers, trucks, parcels) generated in the month.</param>
/// <param name="DeliveredUnits">Window consignments delivered in the month.</param>
public sealed record MonthlyRow(
    int Year,
    int Month,
    int MonthOfRun,
    double DaysInWindow,
    string Flow,
    ConfidenceInterval DemandTonnes,
    ConfidenceInterval DeliveredTonnes,
    ConfidenceInterval DemandUnits,
    ConfidenceInterval DeliveredUnits);
