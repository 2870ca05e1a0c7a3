namespace CorridorSim.Reporting.Charts;

/// <summary>A named position on a category axis (a facility, a scenario, a sweep point).</summary>
public sealed record ChartTick(double Position, string Label);
