namespace CorridorSim.Reporting.Charts;

/// <summary>Dots at points, without a line between them (a paired difference per scenario).</summary>
public sealed record DotSeries(
    string Label,
    IReadOnlyList<double> Xs,
    IReadOnlyList<double> Ys) : ChartSeries(Label);
