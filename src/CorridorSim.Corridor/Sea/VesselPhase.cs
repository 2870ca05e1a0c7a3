namespace CorridorSim.Corridor.Sea;

/// <summary>What a vessel is doing now.</summary>
internal enum VesselPhase
{
    /// <summary>At sea between the two ports.</summary>
    Sailing,

    /// <summary>Off a port, waiting for a berth or for the port to reopen.</summary>
    Anchorage,

    /// <summary>At a berth, landing the cargo it brought.</summary>
    Unloading,

    /// <summary>At a berth, taking cargo aboard or working it (the loading time before sailing).</summary>
    Loading,

    /// <summary>At a berth with room left, waiting for cargo or for its departure time.</summary>
    WaitingForCargo,

    /// <summary>Broken down and under repair.</summary>
    OutOfService,
}
