namespace CorridorSim.Reporting.Charts;

/// <summary>A vertical line at <paramref name="X"/>, named in the legend (e.g. <c>p95 = 25.1 days</c>).</summary>
public sealed record ChartMarker(double X, string Label);
