namespace CorridorSim.Kernel;

public partial class Event
{
    // Implementation note: most events have exactly one waiter (the process that yielded them), so the waiter
    // lives in this field and only a second waiter allocates a list (then the field holds the list). A waiter
    // is a Process, a Condition or a user Action<Event>; processes and conditions are called without a
    // delegate. One field instead of two keeps a Timeout at 48 bytes.
    private object? _waiters;

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

        var current = _waiters;
        if (current is null)
        {
            _waiters = waiter;
        }
        else if (current is List<object?> list)
        {
            list.Add(waiter);
        }
        else
        {
            _waiters = new List<object?> { current, waiter };
        }
    }

    internal bool RemoveWaiter(object waiter)
    {
        var current = _waiters;
        if (current is not List<object?> list)
        {
            if (current is not null && current.Equals(waiter))
            {
                _waiters = null;
                return true;
            }

            return false;
        }

        var index = list.IndexOf(waiter);
        if (index < 0)
        {
            return false;
        }

        // While the callbacks run, a slot is blanked rather than removed so the running loop keeps its place.
        if (_state == EventState.Processed)
        {
            list[index] = null;
        }
        else
        {
            list.RemoveAt(index);
        }

        return true;
    }

    internal void Fire()
    {
        _state = EventState.Processed;
        if (_hasProcessingHook)
        {
            OnProcessing();
        }

        var waiters = _waiters;
        if (waiters is null)
        {
            return;
        }

        if (waiters is Process process)
        {
            _waiters = null;
            process.Resume(this);
            return;
        }

        if (waiters is not List<object?> list)
        {
            _waiters = null;
            Notify(waiters);
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var waiter = list[i];
            if (waiter is not null)
            {
                list[i] = null;
                Notify(waiter);
            }
        }

        _waiters = null;
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
