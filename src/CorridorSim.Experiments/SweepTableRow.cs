namespace CorridorSim.Experiments;

/// <summary>One KPI at one sweep point: one row of <c>sweep.csv</c>.</summary>
/// <param name="Point">The point's index, from 0.</param>
/// <param name="Settings">The value of each varied key at this point, as written, in the table's key order.</param>
/// <param name="Ci95Low">Lower bound of the 95% interval; NaN with one replication.</param>
/// <param name="Ci95High">Upper bound of the 95% interval; NaN with one replication.</param>
public sealed record SweepTableRow(
    int Point,
    IReadOnlyList<string> Settings,
    string Kpi,
    string Unit,
    double Mean,
    double Ci95Low,
    double Ci95High);
