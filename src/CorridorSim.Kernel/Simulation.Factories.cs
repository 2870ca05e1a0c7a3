namespace CorridorSim.Kernel;

public sealed partial class Simulation
{
    /// <summary>Creates a pending event that the model succeeds or fails by hand.</summary>
    public Event Event() => new(this);

    /// <summary>Creates a timeout that happens <paramref name="delay"/> hours from now.</summary>
    /// <exception cref="ArgumentException">The delay is negative, NaN or infinite.</exception>
    public Timeout Timeout(double delay, object? value = null, int priority = 0) => new(this, delay, value, priority);

    /// <summary>Starts a process: its first step runs at the current time, after events already queued.</summary>
    /// <param name="generator">The iterator that yields the events the process waits for.</param>
    /// <param name="name">A name for errors and traces; defaults to <c>process-N</c>.</param>
    /// <param name="priority">The priority of the start event; smaller is earlier, default 0.</param>
    public Process Process(IEnumerable<Event> generator, string? name = null, int priority = 0)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return new Process(this, generator, name, _nextProcessId++, priority);
    }

    /// <summary>An event that happens when all <paramref name="events"/> have happened.</summary>
    public AllOf AllOf(params Event[] events) => new(this, events);

    /// <summary>An event that happens when all <paramref name="events"/> have happened.</summary>
    public AllOf AllOf(IEnumerable<Event> events) => new(this, events);

    /// <summary>An event that happens when the first of <paramref name="events"/> has happened.</summary>
    public AnyOf AnyOf(params Event[] events) => new(this, events);

    /// <summary>An event that happens when the first of <paramref name="events"/> has happened.</summary>
    public AnyOf AnyOf(IEnumerable<Event> events) => new(this, events);
}
