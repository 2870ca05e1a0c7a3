namespace CorridorSim.Corridor.Spec;

/// <summary>What kind of vessel a berth serves; each vessel class uses one kind (see <see cref="VesselClassRules"/>).</summary>
public enum BerthKind
{
    /// <summary>A rail-ferry linkspan.</summary>
    Ferry,

    /// <summary>A container-feeder berth.</summary>
    Container,

    /// <summary>An oil berth.</summary>
    Tanker,
}
