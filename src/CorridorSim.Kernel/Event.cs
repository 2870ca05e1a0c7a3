namespace CorridorSim.Kernel;

/// <summary>
/// Something that happens at a point in simulated time, which processes and callbacks can wait for.
/// </summary>
/// <remarks>
/// <para>
/// Life cycle: an event is <see cref="EventState.Pending"/> (it may happen), becomes
/// <see cref="EventState.Triggered"/> when someone calls <see cref="Succeed"/> or <see cref="Fail"/> (it
/// is in the event queue and is going to happen), and becomes <see cref="EventState.Processed"/> when the
/// simulation takes it from the queue and runs its callbacks, in the order they were added (it has
/// happened). A triggered event is processed at the current time, after every event already queued for
/// the same time and priority.
/// </para>
/// <para>
/// A failed event that nobody waits on is not an error. A process that waits on a failed event is resumed
/// with a fault that it must acknowledge (<see cref="Kernel.Process.HandleFault"/>).
/// </para>
/// </remarks>
public partial class Event
{
    internal object? _value;
    internal EventState _state;
    internal bool _ok;

    // Set by the event kinds that override OnProcessing, so the others skip a virtual call.
    private protected bool _hasProcessingHook;

    /// <summary>Creates a pending event that the model succeeds or fails by hand.</summary>
    /// <param name="simulation">The simulation whose queue the event enters when it is triggered.</param>
    public Event(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Simulation = simulation;
    }

    /// <summary>The simulation this event belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>Where the event is in its life cycle.</summary>
    public EventState State => _state;

    /// <summary>True once the event has an outcome (triggered or processed).</summary>
    public bool IsTriggered => _state != EventState.Pending;

    /// <summary>True once the simulation has processed the event and run its callbacks.</summary>
    public bool IsProcessed => _state == EventState.Processed;

    /// <summary>True if the event has been triggered and succeeded; false while pending or if it failed.</summary>
    public bool IsOk => _ok;

    /// <summary>
    /// The outcome: the value passed to <see cref="Succeed"/>, or the cause passed to <see cref="Fail"/>;
    /// null while pending.
    /// </summary>
    public object? Value => _value;

    /// <summary>Triggers the event as a success; it is processed at the current time.</summary>
    /// <param name="value">The value waiters receive.</param>
    /// <param name="priority">Order among events at the same time; <see cref="EventPriority.Normal"/> by default.</param>
    /// <exception cref="InvalidOperationException">The event is not pending.</exception>
    public virtual void Succeed(object? value = null, EventPriority priority = default) => Trigger(true, value, priority.Rank);

    /// <summary>Triggers the event as a failure; it is processed at the current time.</summary>
    /// <remarks>
    /// As with <see cref="Kernel.Process.Interrupt"/>, the cause may be any object (an exception, a breakdown
    /// record); a waiting process sees it as its <see cref="Kernel.Process.FaultCause"/>.
    /// </remarks>
    /// <param name="cause">Why the event failed; not null.</param>
    /// <param name="priority">Order among events at the same time; <see cref="EventPriority.Normal"/> by default.</param>
    /// <exception cref="InvalidOperationException">The event is not pending.</exception>
    public virtual void Fail(object cause, EventPriority priority = default)
    {
        ArgumentNullException.ThrowIfNull(cause);
        Trigger(false, cause, priority.Rank);
    }

    /// <summary>An event that happens when both events have happened (see <see cref="Kernel.AllOf"/>).</summary>
    public static AllOf operator &(Event left, Event right) => new(left.Simulation, [left, right]);

    /// <summary>An event that happens when either event has happened (see <see cref="Kernel.AnyOf"/>).</summary>
    public static AnyOf operator |(Event left, Event right) => new(left.Simulation, [left, right]);

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name}({_state})";

    internal void Trigger(bool ok, object? value, int priority)
    {
        if (_state != EventState.Pending)
        {
            throw new InvalidOperationException($"{this} has already been triggered; an event happens once.");
        }

        _ok = ok;
        _value = value;
        _state = EventState.Triggered;
        Simulation.Schedule(this, 0, priority, ScheduleKind.Fire);
    }

    /// <summary>
    /// Runs just before the callbacks when the event is processed, if the event kind set the hook flag;
    /// resources use it to serve their queues and conditions to collect their value.
    /// </summary>
    internal virtual void OnProcessing()
    {
    }
}
