namespace CorridorSim.Kernel;

public partial class Event
{
    // Implementation note: most events have exactly one waiter (the process that yielded them), so the
    // first waiter lives in a field and only extra waiters allocate a list. A waiter is a Process, a
    // Condition or a user Action<Event>; processes and conditions are called without a delegate.
    private object? _firstWaiter;
    private List<object?>? _moreWaiters;

    /// <summary>Adds a callback that runs when the event is processed, after those added before it.</summary>
    /// <param name="callback">Receives this event.</param>
    /// <exception cref="InvalidOperationException">The event has already been processed.</exception>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddWaiter(callback);
    }

    /// <summary>Removes a callback added earlier; it then does not run.</summary>
    /// <returns>True if the callback was found.</returns>
    public bool RemoveCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return RemoveWaiter(callback);
    }

    internal void AddWaiter(object waiter)
    {
        if (_state == EventState.Processed)
        {
            throw new InvalidOperationException(
                $"{this} has already been processed; a callback added now would never run.");
        }

        if (_firstWaiter is null && (_moreWaiters is null || _moreWaiters.Count == 0))
        {
            _firstWaiter = waiter;
        }
        else
        {
            (_moreWaiters ??= []).Add(waiter);
        }
    }

    internal bool RemoveWaiter(object waiter)
    {
        if (_firstWaiter is not null && _firstWaiter.Equals(waiter))
        {
            _firstWaiter = null;
            return true;
        }

        var more = _moreWaiters;
        if (more is null)
        {
            return false;
        }

        var index = more.IndexOf(waiter);
        if (index < 0)
        {
            return false;
        }

        // While the callbacks run, a slot is blanked rather than removed so the running loop keeps its place.
        if (_state == EventState.Processed)
        {
            more[index] = null;
        }
        else
        {
            more.RemoveAt(index);
        }

        return true;
    }

    internal void Fire()
    {
        _state = EventState.Processed;
        OnProcessing();
        var first = _firstWaiter;
        if (first is not null)
        {
            Notify(first);
        }

        var more = _moreWaiters;
        if (more is not null)
        {
            for (var i = 0; i < more.Count; i++)
            {
                var waiter = more[i];
                if (waiter is not null)
                {
                    more[i] = null;
                    Notify(waiter);
                }
            }
        }

        _firstWaiter = null;
        _moreWaiters = null;
    }

    private void Notify(object waiter)
    {
        if (waiter is Process process)
        {
            process.Resume(this);
        }
        else if (waiter is Action<Event> callback)
        {
            callback(this);
        }
        else
        {
            ((Condition)waiter).OnSubEventProcessed(this);
        }
    }
}
