namespace CorridorSim.Kernel;

/// <summary>
/// An event that happens a fixed delay after it is created: a dwell, a sailing, a service time.
/// </summary>
/// <remarks>
/// A timeout is triggered (scheduled) when it is created and processed when the clock reaches
/// <c>Now + delay</c>. <c>Timeout(0)</c> is triggered but not yet processed, so events already queued for
/// the current time run first.
/// </remarks>
public sealed class Timeout : Event
{
    /// <summary>Creates and schedules a timeout.</summary>
    /// <param name="simulation">The simulation whose clock measures the delay.</param>
    /// <param name="delay">Hours from now; finite and not negative.</param>
    /// <param name="value">The value waiters receive.</param>
    /// <param name="priority">Order among events at the same time; smaller is earlier, default 0.</param>
    /// <exception cref="ArgumentException">The delay is negative, NaN or infinite.</exception>
    public Timeout(Simulation simulation, double delay, object? value = null, int priority = 0)
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
