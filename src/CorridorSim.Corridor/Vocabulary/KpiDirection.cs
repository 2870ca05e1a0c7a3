namespace CorridorSim.Corridor.Vocabulary;

/// <summary>Which way a KPI is better, so comparisons, sweeps and charts can say "best" without guessing.</summary>
public enum KpiDirection
{
    /// <summary>A larger value is better, as for delivered tonnes.</summary>
    MoreIsBetter,

    /// <summary>A smaller value is better, as for transit time or backlog.</summary>
    LessIsBetter,

    /// <summary>Neither way is better: the value describes the load offered, as demand does.</summary>
    Neutral,
}
