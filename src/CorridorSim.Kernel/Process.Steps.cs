namespace CorridorSim.Kernel;

public sealed partial class Process
{
    internal void Start()
    {
        // An urgent interrupt may have run the first step already.
        if (!_started && IsAlive)
        {
            Resume(null);
        }
    }

    internal void Resume(Event? wakeUp)
    {
        var simulation = Simulation;
        var previous = simulation.ActiveProcess;
        simulation.ActiveProcess = this;
        _started = true;
        _target = null;
        try
        {
            var current = wakeUp;
            while (true)
            {
                if (current is not null)
                {
                    _lastEvent = current;
                    if (current._ok)
                    {
                        _lastResumeFaulted = false;
                        _faultCause = null;
                    }
                    else
                    {
                        _lastResumeFaulted = true;
                        _faultUnacknowledged = true;
                        _faultCause = current._value;
                    }
                }

                if (!_steps.MoveNext())
                {
                    ThrowIfFaultUnacknowledged("ended");
                    Complete();
                    return;
                }

                ThrowIfFaultUnacknowledged("yielded again");
                var next = _steps.Current
                    ?? throw new InvalidOperationException($"Process '{Name}' yielded null instead of an event.");
                if (next._state == EventState.Processed)
                {
                    current = next;
                    continue;
                }

                if (next.Simulation != simulation)
                {
                    throw new InvalidOperationException(
                        $"Process '{Name}' yielded an event of another simulation.");
                }

                next.AddWaiter(this);
                _target = next;
                return;
            }
        }
        finally
        {
            simulation.ActiveProcess = previous;
        }
    }

    private void ThrowIfFaultUnacknowledged(string what)
    {
        if (_faultUnacknowledged)
        {
            throw new InvalidOperationException(
                $"Process '{Name}' was resumed by a fault ({_faultCause ?? "null"}) and {what} without " +
                "calling HandleFault().");
        }
    }

    private void Complete()
    {
        _target = null;
        _steps.Dispose();
        if (_failure is not null)
        {
            Trigger(false, _failure, 0);
        }
        else
        {
            Trigger(true, _hasResult ? _result : _lastEvent?._value, 0);
        }

        _lastEvent = null;
    }
}
