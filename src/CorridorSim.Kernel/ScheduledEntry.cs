namespace CorridorSim.Kernel;

/// <summary>
/// One slot of the event queue: an event with the key that orders it.
/// </summary>
/// <remarks>
/// A value type, so the queue keeps no node object per entry. <see cref="Seq"/> is taken once when the
/// event is scheduled and never rewritten, which keeps same-time, same-priority events FIFO.
/// </remarks>
internal struct ScheduledEntry
{
    public double Time;
    public long Seq;
    public Event Event;
    public int Priority;
    public ScheduleKind Kind;

    public ScheduledEntry(double time, int priority, long seq, Event @event, ScheduleKind kind)
    {
        Time = time;
        Priority = priority;
        Seq = seq;
        Event = @event;
        Kind = kind;
    }
}
