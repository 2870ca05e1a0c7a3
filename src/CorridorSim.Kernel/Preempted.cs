namespace CorridorSim.Kernel;

/// <summary>
/// The interrupt cause a process receives when a more urgent request takes its unit of a
/// <see cref="PreemptiveResource"/>, for instance a scheduled block train bumping a wagon group off a track.
/// </summary>
/// <param name="By">The process whose request took the unit (null if it was requested outside a process).</param>
/// <param name="UsageSince">When, in hours, the preempted request had been granted.</param>
/// <param name="Resource">The resource whose unit was taken.</param>
public sealed record Preempted(Process? By, double UsageSince, Resource Resource);
