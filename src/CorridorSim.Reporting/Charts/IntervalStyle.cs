namespace CorridorSim.Reporting.Charts;

/// <summary>How an <see cref="IntervalSeries"/> is drawn.</summary>
public enum IntervalStyle
{
    /// <summary>Whiskers at each point.</summary>
    ErrorBars,
    /// <summary>A shaded band between the lower and upper bounds.</summary>
    Band,

    /// <summary>
    /// A dot at the mean with whiskers to the bounds, lying along the value axis: the series' x values are then
    /// positions on the (vertical) category axis, so long change names read on the left.
    /// </summary>
    DotAndWhiskers,
}
