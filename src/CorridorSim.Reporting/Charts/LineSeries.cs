namespace CorridorSim.Reporting.Charts;

/// <summary>A line through points, solid or dashed (dashed for a target such as demand).</summary>
public sealed record LineSeries(
    string Label,
    IReadOnlyList<double> Xs,
    IReadOnlyList<double> Ys,
    bool Dashed = false) : ChartSeries(Label);
