namespace CorridorSim.Corridor.Validation;

/// <summary>How much a <see cref="SpecProblem"/> matters.</summary>
public enum ProblemSeverity
{
    /// <summary>The model cannot run the spec.</summary>
    Error,

    /// <summary>The model runs the spec, but probably not as its author meant (a queue that grows without end).</summary>
    Warning,
}
