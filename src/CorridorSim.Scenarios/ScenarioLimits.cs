namespace CorridorSim.Scenarios;

/// <summary>
/// The bounds the loader puts on scenario input, so that no file, however large, deep or self-referencing,
/// can exhaust memory or the stack: past each one the user gets an error, never a crash.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Largest scenario file read: 10 MB (a real scenario is a few tens of kilobytes).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Longest chain of <c>extends</c> (a file, its parent, its grandparent…).</summary>
    public const int MaxExtendsDepth = 16;

    /// <summary>Deepest nesting of mappings and lists in one document.</summary>
    public const int MaxNesting = 64;

    /// <summary>Most nodes in one document once aliases are expanded (defeats "billion laughs" documents).</summary>
    public const long MaxNodes = 2_000_000;

    /// <summary>
    /// Shortest measurement window (<c>horizon_days</c> − <c>warmup_days</c>), in hours: every KPI is a rate over it, and
    /// a window of a few femtoseconds (<c>horizon_days: 4.9e-324</c>) divides by almost nothing and gives NaN.
    /// </summary>
    public const double MinWindowHours = 1;

    /// <summary>
    /// Most consignments one flow may create in a year at its peak demand (<c>annual_tonnes</c> ÷ <c>tonnes_per_unit</c>):
    /// ten times the largest bundled flow, and a year of it runs in seconds. Past it a run would not finish.
    /// </summary>
    public const double MaxConsignmentsPerYear = 1_000_000;
}
