namespace CorridorSim.Reporting.Charts;

/// <summary>How an <see cref="IntervalSeries"/> is drawn.</summary>
public enum IntervalStyle
{
    /// <summary>Whiskers at each point.</summary>
    ErrorBars,
    /// <summary>A shaded band between the lower and upper bounds.</summary>
    Band,
}
