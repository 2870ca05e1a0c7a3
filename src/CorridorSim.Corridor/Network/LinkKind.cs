namespace CorridorSim.Corridor.Network;

/// <summary>How two neighbouring facilities are joined: by a rail line, a road or a sea service.</summary>
public enum LinkKind
{
    /// <summary>A rail leg.</summary>
    Rail,

    /// <summary>A road leg.</summary>
    Road,

    /// <summary>A sea service.</summary>
    Sea,
}
