namespace CorridorSim.Reporting.Writing;

/// <summary>What a swept KPI's curve does beyond its best point.</summary>
public enum CurveAfterPeak
{
    /// <summary>Only the last point is level with the best: the curve still improves at the end of the sweep.</summary>
    StillImproving,

    /// <summary>From a point before the end, every further point is level with the best within its noise (<see cref="CurvePeak.Tolerance"/>).</summary>
    Flattens,

    /// <summary>Some further point is worse than the best by more than the noise.</summary>
    Worsens,
}
