namespace CorridorSim.Corridor.Spec;

/// <summary>
/// What a border procedure step's time is: document and procedure time, physical work, or waiting. Only
/// procedure time counts in a side's <c>procedural_share</c>.
/// </summary>
public enum BorderStepKind
{
    /// <summary>Documents and procedures: declarations, risk checks, permits.</summary>
    Procedure,

    /// <summary>Physical work: technical inspection, physical customs inspection, gauge change.</summary>
    Physical,

    /// <summary>Waiting for something outside the post: a locomotive, a crew, a path onward.</summary>
    Waiting,
}
