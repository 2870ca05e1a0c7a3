namespace CorridorSim.Experiments;

/// <summary>What an experiment is: which of <see cref="ExperimentRunner"/>'s methods runs it.</summary>
public enum ExperimentKind
{
    /// <summary>The replications of one scenario (<c>corridorsim run</c>).</summary>
    Run,

    /// <summary>Several scenarios on common random numbers (<c>corridorsim compare</c>).</summary>
    Compare,

    /// <summary>One scenario at every point of a grid (<c>corridorsim sweep</c>).</summary>
    Sweep,
}
