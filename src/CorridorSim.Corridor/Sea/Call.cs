namespace CorridorSim.Corridor.Sea;

/// <summary>What the anchorage rule tells a vessel waiting for cargo to do now.</summary>
internal enum Call
{
    /// <summary>Keep waiting at the anchorage.</summary>
    None,

    /// <summary>Go to a berth (or stay at it) and load.</summary>
    Load,

    /// <summary>Sail empty to the other port, where cargo waits uncovered.</summary>
    SailEmpty,
}
