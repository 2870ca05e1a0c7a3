namespace CorridorSim.Experiments;

/// <summary>
/// One KPI of one scenario in a comparison: its mean and interval, and its difference to the first
/// scenario with a paired 95% interval (the replications share random numbers). One row of
/// <c>comparison.csv</c>; for the first scenario the differences are zero and not significant.
/// </summary>
public sealed record ComparisonRow(
    string Kpi,
    string Unit,
    string Scenario,
    double Mean,
    double Ci95Low,
    double Ci95High,
    double DiffVsFirst,
    double DiffCi95Low,
    double DiffCi95High,
    bool Significant);
