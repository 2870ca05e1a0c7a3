namespace CorridorSim.Kernel;

/// <summary>
/// A <see cref="Resource"/> whose waiting requests are served by priority (smaller first), then first come,
/// first served: for instance a port that berths feeder vessels before bulk carriers.
/// </summary>
public class PriorityResource : Resource
{
    /// <summary>Creates a resource with <paramref name="capacity"/> units, all free.</summary>
    public PriorityResource(Simulation simulation, int capacity)
        : this(simulation, capacity, static (a, b) => a.Priority.CompareTo(b.Priority))
    {
    }

    private protected PriorityResource(Simulation simulation, int capacity, Comparison<Request> rank)
        : base(simulation, capacity, rank)
    {
    }

    /// <summary>Requests a unit with the given priority; smaller is more urgent.</summary>
    public Request Request(int priority) => Add(new Request(this, priority, false));
}
