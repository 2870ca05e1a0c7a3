namespace CorridorSim.Experiments;

/// <summary>
/// Which replications keep per-consignment and per-stage records (<c>--consignments none|first|all</c>).
/// </summary>
/// <remarks>The records grow with the cargo carried, so only the first replication keeps them by default.</remarks>
public enum ConsignmentRecording
{
    /// <summary>No replication keeps them.</summary>
    None,

    /// <summary>Replication 0 of each scenario (or sweep point) keeps them.</summary>
    First,

    /// <summary>Every replication keeps them.</summary>
    All,
}
