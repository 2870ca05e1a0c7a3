namespace CorridorSim.Kernel;

public sealed partial class Simulation
{
    /// <summary>Creates a pending event that the model succeeds or fails by hand.</summary>
    public Event Event() => new(this);

    /// <summary>Creates a timeout that happens <paramref name="delay"/> hours from now.</summary>
    /// <exception cref="ArgumentException">The delay is negative, NaN or infinite.</exception>
    public Timeout Timeout(double delay) => new(this, delay, null, 0);

    /// <summary>
    /// Creates a timeout that happens <paramref name="delay"/> hours from now at <paramref name="priority"/> among
    /// the events of that time (SimSharp's <c>Timeout(delay, priority)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The delay is negative, NaN or infinite.</exception>
    public Timeout Timeout(double delay, EventPriority priority) => new(this, delay, null, priority.Rank);

    /// <summary>
    /// Creates a timeout that happens <paramref name="delay"/> hours from now and gives waiters
    /// <paramref name="value"/> (SimPy's <c>timeout(delay, value)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The delay is negative, NaN or infinite.</exception>
    public Timeout TimeoutWithValue(double delay, object? value, EventPriority priority = default) =>
        new(this, delay, value, priority.Rank);

    /// <summary>Starts a process: its first step runs at the current time, after events already queued.</summary>
    /// <param name="generator">The iterator that yields the events the process waits for.</param>
    /// <param name="name">A name for errors and traces; defaults to <c>process-N</c>.</param>
    /// <param name="priority">The priority of the start event; <see cref="EventPriority.Normal"/> by default.</param>
    public Process Process(IEnumerable<Event> generator, string? name = null, EventPriority priority = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return new Process(this, generator, name, _nextProcessId++, priority.Rank);
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
