namespace CorridorSim.Reporting.Charts;

/// <summary>Bars: one per position, as high (or, lying down, as long) as its value.</summary>
/// <param name="Positions">Centre of each bar on the category axis.</param>
/// <param name="Values">Length of each bar.</param>
/// <param name="Width">Width of every bar in category-axis units (a histogram's bin width).</param>
/// <param name="Horizontal">Bars lie along the x axis (long facility names read better on the y axis).</param>
public sealed record BarSeries(
    string Label,
    IReadOnlyList<double> Positions,
    IReadOnlyList<double> Values,
    double Width,
    bool Horizontal = false) : ChartSeries(Label);
