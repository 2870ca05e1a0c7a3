using System.Runtime.ExceptionServices;

namespace CorridorSim.Kernel;

public sealed partial class Simulation
{
    /// <summary>Processes events until the queue is empty or <see cref="Stop"/> is called.</summary>
    public void Run()
    {
        _stopRequested = false;
        while (!_stopRequested && _queue.Count > 0)
        {
            ProcessNext();
        }
    }

    /// <summary>
    /// Processes every event earlier than <paramref name="until"/> and leaves <see cref="Now"/> at
    /// <paramref name="until"/>; events at exactly that time wait for the next run. Can be called again to
    /// continue. After <see cref="Stop"/>, the clock stays at the last processed event.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <see cref="Now"/>.</exception>
    public void Run(double until)
    {
        if (!(until > _now))
        {
            throw new ArgumentException($"Run(until) needs a time after Now ({_now}); got {until}.", nameof(until));
        }

        _stopRequested = false;
        while (!_stopRequested && _queue.Count > 0 && _queue.MinTime < until)
        {
            ProcessNext();
        }

        if (!_stopRequested)
        {
            _now = until;
        }
    }

    /// <summary>
    /// Processes events until <paramref name="until"/> has been processed and returns its value; returns at
    /// once if it already was. After <see cref="Stop"/>, returns null if the event has not happened.
    /// </summary>
    /// <exception cref="ArgumentException">The event belongs to another simulation.</exception>
    /// <exception cref="InvalidOperationException">The queue ran empty before the event happened.</exception>
    /// <exception cref="Exception">The event failed with an exception: it is rethrown.</exception>
    /// <exception cref="EventFailedException">The event failed with a cause that is not an exception.</exception>
    public object? Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        if (until.Simulation != this)
        {
            throw new ArgumentException("The event belongs to another simulation.", nameof(until));
        }

        _stopRequested = false;
        while (!until.IsProcessed)
        {
            if (_stopRequested)
            {
                return null;
            }

            if (_queue.Count == 0)
            {
                throw new InvalidOperationException(
                    $"The event queue ran empty at {_now} before {until} happened.");
            }

            ProcessNext();
        }

        if (!until.IsOk)
        {
            if (until.Value is Exception error)
            {
                ExceptionDispatchInfo.Throw(error);
            }

            throw new EventFailedException(until);
        }

        return until.Value;
    }

    /// <summary>Processes the next event, if any.</summary>
    /// <returns>False if the queue was empty.</returns>
    public bool Step()
    {
        if (_queue.Count == 0)
        {
            return false;
        }

        ProcessNext();
        return true;
    }

    /// <summary>The time of the next event, or <see cref="double.PositiveInfinity"/> if the queue is empty.</summary>
    public double Peek() => _queue.Count > 0 ? _queue.MinTime : double.PositiveInfinity;

    /// <summary>Asks the running <c>Run</c> to return after the event being processed.</summary>
    public void Stop() => _stopRequested = true;

    private void ProcessNext()
    {
        var @event = _queue.Pop(out _now, out var kind);
        ProcessedEvents++;
        switch (kind)
        {
            case ScheduleKind.Fire:
                @event.Fire();
                break;
            case ScheduleKind.StartProcess:
                ((Process)@event).Start();
                break;
            default:
                ((Request)@event).Resource.OnReleaseProcessed();
                break;
        }
    }
}
