namespace CorridorSim.Reporting.Charts;

/// <summary>How an <see cref="IntervalSeries"/> is drawn.</summary>
public enum IntervalStyle
{
    ErrorBars,
    Band,
}
