namespace CorridorSim.Corridor.Network;

/// <summary>How two neighbouring facilities are joined: by a rail line, a road or a sea service.</summary>
internal enum LinkKind
{
    Rail,
    Road,
    Sea,
}
