namespace CorridorSim.Corridor.Sea;

/// <summary>What a vessel is doing now.</summary>
internal enum VesselPhase
{
    /// <summary>At sea between the two ports.</summary>
    Sailing,

    /// <summary>Off a port with work to do there, waiting for a berth or for the port to reopen.</summary>
    Anchorage,

    /// <summary>At a berth, berthing and landing the cargo it brought.</summary>
    Unloading,

    /// <summary>At a berth, taking cargo aboard and working it.</summary>
    Loading,

    /// <summary>At its berth, loaded, while a closure of the port or the sea holds its departure.</summary>
    HeldAfterLoading,

    /// <summary>At the anchorage (never at a berth), waiting to be called for cargo or for its timetable hour.</summary>
    WaitingForCargo,

    /// <summary>Broken down and under repair.</summary>
    OutOfService,
}
