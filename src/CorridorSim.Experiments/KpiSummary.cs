namespace CorridorSim.Experiments;

/// <summary>
/// One KPI summarised over a scenario's replications: the mean with its 95% Student-t confidence interval,
/// the range, and how many replications it rests on. One row of <c>summary.csv</c>.
/// </summary>
/// <remarks>With a single replication the interval is undefined and both bounds are NaN (written empty).</remarks>
public sealed record KpiSummary(
    string Kpi,
    string Unit,
    double Mean,
    double Ci95Low,
    double Ci95High,
    double Min,
    double Max,
    int Replications);
