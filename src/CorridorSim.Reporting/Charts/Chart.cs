namespace CorridorSim.Reporting.Charts;

/// <summary>
/// A chart as data: what a PNG in <c>charts/</c> shows, built by a pure function from the results so
/// that tests can check every plotted number against the statistics before anything is drawn.
/// </summary>
/// <param name="FileName">File name inside <c>charts/</c>, e.g. <c>transit-days.png</c>.</param>
/// <param name="Title">Title drawn above the chart.</param>
/// <param name="XLabel">Horizontal axis label, with its unit.</param>
/// <param name="YLabel">Vertical axis label, with its unit.</param>
/// <param name="Series">What is drawn, back to front.</param>
/// <param name="Markers">Vertical lines at notable positions (quantiles, end of warm-up).</param>
/// <param name="CategoryTicks">Named positions on the category axis (the y axis of horizontal bars, otherwise x); empty for a numeric axis.</param>
/// <param name="ValueFormat">How the value axis numbers are written.</param>
/// <param name="Note">Text shown on an empty chart, saying why it is empty; null when there is data.</param>
/// <param name="ValueMin">Lowest value the value axis shows (0 where lengths are compared); null to fit the data.</param>
/// <param name="ValueMax">Highest value the value axis shows at least; null to fit the data.</param>
public sealed record Chart(
    string FileName,
    string Title,
    string XLabel,
    string YLabel,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartMarker> Markers,
    IReadOnlyList<ChartTick> CategoryTicks,
    AxisFormat ValueFormat = AxisFormat.Number,
    string? Note = null,
    double? ValueMin = null,
    double? ValueMax = null)
{
    /// <summary>
    /// Lines across the chart at values of the value axis (zero for a difference, the utilisation from which
    /// capacity binds), named in the legend.
    /// </summary>
    public IReadOnlyList<ChartMarker> ValueMarkers { get; init; } = [];
}
