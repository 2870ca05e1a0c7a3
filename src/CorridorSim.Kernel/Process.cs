namespace CorridorSim.Kernel;

/// <summary>
/// An active participant of the model (a train, a ferry, a consignment), written as an iterator that
/// <c>yield return</c>s the events it waits for.
/// </summary>
/// <remarks>
/// <para>
/// A process is itself an event: it is pending while its iterator runs and is triggered when the iterator
/// ends, so other processes can wait for it (join). Its value is the result set with
/// <see cref="SetResult"/> (or <see cref="Succeed"/> from inside the process), otherwise the value of the
/// last event it waited for.
/// </para>
/// <para>
/// Its first step is an ordinary event at the creation time and given priority, queued after the events
/// already there. When it yields an event that has already been processed, it continues at once with that
/// event's value; otherwise it waits until the event is processed.
/// </para>
/// <para>
/// When it is resumed by an interrupt or by a failed event, it must call <see cref="HandleFault"/> before it
/// yields again or ends; otherwise the simulation throws an <see cref="InvalidOperationException"/> that
/// names it. An exception thrown by the iterator itself propagates out of <c>Run</c>.
/// </para>
/// </remarks>
public sealed partial class Process : Event
{
    private readonly IEnumerator<Event> _steps;
    private Event? _target;
    private object? _result;
    private bool _hasResult;
    private object? _failure;
    private bool _started;
    private bool _lastResumeFaulted;
    private bool _faultUnacknowledged;
    private object? _faultCause;

    private readonly long _id;
    private string? _name;

    internal Process(Simulation simulation, IEnumerable<Event> steps, string? name, long id, int priority)
        : base(simulation)
    {
        _steps = steps.GetEnumerator();
        _name = name;
        _id = id;
        simulation.Schedule(this, 0, priority, ScheduleKind.StartProcess);
    }

    /// <summary>The name used in error messages and traces; <c>process-N</c> (N counting from 0) if none was given.</summary>
    /// <remarks>The default name is formatted only when asked for, so unnamed processes cost no string.</remarks>
    public string Name => _name ??= $"process-{_id}";

    /// <summary>True until the iterator has ended.</summary>
    public bool IsAlive => _state == EventState.Pending;

    /// <summary>The event the process is waiting for, or null while it runs or before it starts.</summary>
    public Event? Target => _target;

    /// <summary>
    /// What faulted the last resume: the interrupt cause (for instance <see cref="Preempted"/>) or the cause
    /// the failed event was failed with; null if the last resume was not a fault (or an interrupt gave none).
    /// </summary>
    public object? FaultCause => _faultCause;

    /// <summary>
    /// Acknowledges the fault of the last resume, if any; call it after every <c>yield return</c> that can be
    /// interrupted.
    /// </summary>
    /// <returns>True if the last resume was an interrupt or a failed event (see <see cref="FaultCause"/>).</returns>
    public bool HandleFault()
    {
        _faultUnacknowledged = false;
        return _lastResumeFaulted;
    }

    /// <summary>
    /// Sets the value the process completes with when its iterator ends; only the process itself may call it.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called from outside the process, or after it ended.</exception>
    public void SetResult(object? value)
    {
        EnsureCalledFromInside(nameof(SetResult));
        _result = value;
        _hasResult = true;
        _failure = null;
    }

    /// <summary>
    /// Same as <see cref="SetResult"/> (SimSharp's <c>ActiveProcess.Succeed(v)</c>): the process completes with
    /// <paramref name="value"/> when its iterator ends. The priority is ignored: completion is a normal-priority event.
    /// </summary>
    public override void Succeed(object? value = null, EventPriority priority = default) => SetResult(value);

    /// <summary>
    /// Makes the process fail with <paramref name="cause"/> when its iterator ends; only the process itself
    /// may call it. Processes waiting for it are resumed with that fault. The priority is ignored.
    /// </summary>
    public override void Fail(object cause, EventPriority priority = default)
    {
        ArgumentNullException.ThrowIfNull(cause);
        EnsureCalledFromInside(nameof(Fail));
        _failure = cause;
        _hasResult = false;
    }

    /// <inheritdoc />
    public override string ToString() => $"Process '{Name}' ({_state})";

    private void EnsureCalledFromInside(string operation)
    {
        if (Simulation.ActiveProcess != this || !IsAlive)
        {
            throw new InvalidOperationException(
                $"{operation} on process '{Name}' must be called by the process itself while it runs; " +
                "a process completes when its iterator ends (use Interrupt to stop another process).");
        }
    }
}
