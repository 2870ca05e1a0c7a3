namespace CorridorSim.Kernel;

/// <summary>
/// An event that happens when a rule over other events (its sub-events) first holds: the base of
/// <see cref="AllOf"/> and <see cref="AnyOf"/>.
/// </summary>
/// <remarks>
/// The condition succeeds at the current time when its rule first holds, and fails as soon as a sub-event
/// fails before that. Its value, a <see cref="ConditionValue"/>, is collected when the condition is
/// processed, so sub-events processed in the same instant before it are included. Nested conditions are
/// flattened: their own sub-events appear in the value, not the nested condition.
/// </remarks>
public abstract class Condition : Event
{
    private readonly Event[] _events;
    private int _processedCount;

    /// <summary>Creates the condition and subscribes it to each sub-event that has not happened yet.</summary>
    /// <exception cref="ArgumentException">A sub-event is null or belongs to another simulation.</exception>
    protected Condition(Simulation simulation, IEnumerable<Event> events)
        : base(simulation)
    {
        _hasProcessingHook = true;
        ArgumentNullException.ThrowIfNull(events);
        _events = [.. events];
        foreach (var e in _events)
        {
            if (e is null || e.Simulation != simulation)
            {
                throw new ArgumentException("Every sub-event must be non-null and of the same simulation.", nameof(events));
            }
        }

        if (IsSatisfied(0, _events.Length))
        {
            Trigger(true, null, 0);
            return;
        }

        foreach (var e in _events)
        {
            if (_state != EventState.Pending)
            {
                break;
            }

            if (e.IsProcessed)
            {
                OnSubEventProcessed(e);
            }
            else
            {
                e.AddWaiter(this);
            }
        }
    }

    /// <summary>The sub-events, in the order given.</summary>
    public IReadOnlyList<Event> Events => _events;

    /// <summary>The value once the condition has succeeded and been processed; null otherwise.</summary>
    public ConditionValue? Results => _ok && IsProcessed ? (ConditionValue?)_value : null;

    /// <summary>Whether the rule holds when <paramref name="processed"/> of <paramref name="total"/> sub-events succeeded.</summary>
    protected abstract bool IsSatisfied(int processed, int total);

    internal void OnSubEventProcessed(Event subEvent)
    {
        if (_state != EventState.Pending)
        {
            return;
        }

        if (!subEvent._ok)
        {
            Unsubscribe();
            Trigger(false, subEvent._value, 0);
            return;
        }

        _processedCount++;
        if (IsSatisfied(_processedCount, _events.Length))
        {
            Unsubscribe();
            Trigger(true, null, 0);
        }
    }

    internal override void OnProcessing()
    {
        if (_ok)
        {
            var value = new ConditionValue();
            Collect(value);
            _value = value;
        }
    }

    private void Collect(ConditionValue into)
    {
        foreach (var e in _events)
        {
            if (e is Condition nested)
            {
                nested.Collect(into);
            }
            else if (e.IsProcessed)
            {
                into.TryAdd(e, e._value);
            }
        }
    }

    private void Unsubscribe()
    {
        foreach (var e in _events)
        {
            if (!e.IsProcessed)
            {
                e.RemoveWaiter(this);
            }
        }
    }
}
