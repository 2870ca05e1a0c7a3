namespace CorridorSim.Kernel;

/// <summary>
/// What the simulation does when it takes an entry from the event queue.
/// </summary>
/// <remarks>
/// Implementation note: process starts and resource releases are queue entries that point at an object
/// which already exists (the process, the request), so they cost no allocation of their own.
/// </remarks>
internal enum ScheduleKind
{
    /// <summary>Process the event: mark it processed and run its callbacks.</summary>
    Fire,

    /// <summary>Run the first step of a process.</summary>
    StartProcess,

    /// <summary>Serve the waiting requests of a resource after a unit was released.</summary>
    ReleaseUnit,
}
