namespace CorridorSim.Reporting.Charts;

/// <summary>
/// A 95% confidence interval at each x: drawn as error bars (scenarios side by side) or as a band
/// (a curve over a swept parameter).
/// </summary>
/// <remarks>An undefined bound (NaN, e.g. over one replication) is not drawn.</remarks>
public sealed record IntervalSeries(
    string Label,
    IReadOnlyList<double> Xs,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Lows,
    IReadOnlyList<double> Highs,
    IntervalStyle Style) : ChartSeries(Label);
