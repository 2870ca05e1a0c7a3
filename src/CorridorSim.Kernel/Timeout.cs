namespace CorridorSim.Kernel;

/// <summary>
/// An event that happens a fixed delay after it is created: a dwell, a sailing, a service time.
/// </summary>
/// <remarks>
/// A timeout is triggered (scheduled) when it is created and processed when the clock reaches
/// <c>Now + delay</c>. <c>Timeout(0)</c> is triggered but not yet processed, so events already queued for
/// the current time run first. Create one with <see cref="Simulation.Timeout(double)"/> or
/// <see cref="Simulation.TimeoutWithValue"/>.
/// </remarks>
public sealed class Timeout : Event
{
    // Created through Simulation.Timeout and Simulation.TimeoutWithValue only, whose names say what each
    // argument is.
    internal Timeout(Simulation simulation, double delay, object? value, int priority)
        : base(simulation)
    {
        if (!(delay >= 0) || double.IsPositiveInfinity(delay))
        {
            throw new ArgumentException($"A timeout delay must be finite and not negative; got {delay}.", nameof(delay));
        }

        _ok = true;
        if (value is not null)
        {
            _value = value;
        }

        _state = EventState.Triggered;
        simulation.Schedule(this, delay, priority, ScheduleKind.Fire);
    }
}
