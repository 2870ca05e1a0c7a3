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
        // Process steps never nest (everything a step starts is scheduled, not run), so the active
        // process is reset to null afterwards rather than to a saved previous value.
        var simulation = Simulation;
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
                    if (!current._ok)
                    {
                        _lastResumeFaulted = true;
                        _faultUnacknowledged = true;
                        _faultCause = current._value;
                    }
                    else if (_lastResumeFaulted)
                    {
                        _lastResumeFaulted = false;
                        _faultCause = null;
                    }
                }

                if (!_steps.MoveNext())
                {
                    ThrowIfFaultUnacknowledged("ended");
                    Complete(current);
                    return;
                }

                if (_faultUnacknowledged)
                {
                    ThrowIfFaultUnacknowledged("yielded again");
                }

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
            simulation.ActiveProcess = null;
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

    private void Complete(Event? lastAwaited)
    {
        _target = null;
        _steps.Dispose();
        if (_failure is not null)
        {
            Trigger(false, _failure, 0);
        }
        else
        {
            Trigger(true, _hasResult ? _result : lastAwaited?._value, 0);
        }
    }
}
