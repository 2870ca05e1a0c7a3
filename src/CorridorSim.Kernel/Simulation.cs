namespace CorridorSim.Kernel;

/// <summary>
/// The simulated world's clock and event queue: it advances time from event to event and runs the
/// processes waiting for them.
/// </summary>
/// <remarks>
/// <para>
/// Time is a <see cref="double"/> in hours (the model unit) and never decreases. Events are processed in
/// the total order (time, priority, sequence): earlier time first, then smaller priority, then the order in
/// which they were scheduled. The sequence number is taken once, when an event is scheduled, and never
/// rewritten, so equal-time, equal-priority events are strictly first in, first out.
/// </para>
/// <para>
/// The kernel holds no random generator, no wall clock and no threads: the same model with the same
/// inputs gives the same event trace. Run independent replications as independent simulations.
/// </para>
/// </remarks>
public sealed partial class Simulation
{
    private readonly EventQueue _queue = new();
    private long _nextSeq;
    private long _nextProcessId;
    private double _now;
    private bool _stopRequested;

    /// <summary>Creates a simulation whose clock starts at <paramref name="startTime"/> hours.</summary>
    /// <exception cref="ArgumentException">The start time is not finite.</exception>
    public Simulation(double startTime = 0)
    {
        if (!double.IsFinite(startTime))
        {
            throw new ArgumentException($"The start time must be finite; got {startTime}.", nameof(startTime));
        }

        _now = startTime;
    }

    /// <summary>The current simulated time in hours: the time of the event being processed.</summary>
    public double Now => _now;

    /// <summary>How many queue entries have been processed so far (events, process starts, releases).</summary>
    public long ProcessedEvents { get; private set; }

    /// <summary>The process whose step is running right now, or null between process steps.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>The number of entries waiting in the event queue.</summary>
    public int QueuedEvents => _queue.Count;

    internal void Schedule(Event @event, double delay, int priority, ScheduleKind kind) =>
        _queue.Push(_now + delay, priority, _nextSeq++, @event, kind);
}
