namespace CorridorSim.Scenarios.Files;

/// <summary>
/// The bytes a scenario and every file it <c>extends</c> may read together: <see cref="ScenarioLimits.MaxFileBytes"/>
/// in all, so that sixteen files of 9 MB are refused like one of 144 MB.
/// </summary>
internal sealed class ReadBudget
{
    /// <summary>Bytes still allowed.</summary>
    public long Remaining { get; private set; } = ScenarioLimits.MaxFileBytes;

    /// <summary>Counts <paramref name="bytes"/> read.</summary>
    public void Take(long bytes) => Remaining = Math.Max(0, Remaining - bytes);
}
