namespace CorridorSim.Kernel;

/// <summary>
/// An event waiting in the queue, parked in the slot its <see cref="ScheduledEntry"/> points to, with what
/// the simulation does when it comes up.
/// </summary>
internal struct ParkedEvent
{
    public Event? Event;
    public ScheduleKind Kind;
}
