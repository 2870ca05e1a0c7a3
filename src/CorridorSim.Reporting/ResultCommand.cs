namespace CorridorSim.Reporting;

/// <summary>The commands that write a result folder, as flags so that a file can belong to several.</summary>
[Flags]
public enum ResultCommand
{
    /// <summary><c>corridorsim run</c>: one scenario's folder (also each sub-folder of a comparison or sweep).</summary>
    Run = 1,

    /// <summary><c>corridorsim compare</c>: the comparison's own folder, above one sub-folder per scenario.</summary>
    Compare = 2,

    /// <summary><c>corridorsim sweep</c>: the sweep's own folder, above one sub-folder per point.</summary>
    Sweep = 4,

    /// <summary><c>corridorsim bottlenecks</c> or <c>run --marginal</c>: a run's folder with the marginal study's files added.</summary>
    Marginal = 8,
}
