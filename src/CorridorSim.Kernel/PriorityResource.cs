namespace CorridorSim.Kernel;

/// <summary>
/// A <see cref="Resource"/> whose waiting requests are served by priority (smaller first), then first come,
/// first served: for instance a port that berths feeder vessels before bulk carriers.
/// </summary>
public class PriorityResource : Resource
{
    /// <summary>Creates a resource with <paramref name="capacity"/> units, all free.</summary>
    public PriorityResource(Simulation simulation, int capacity)
        : base(simulation, capacity, ranked: true)
    {
    }

    /// <summary>Requests a unit with the given priority; smaller is more urgent.</summary>
    public Request Request(int priority) => Add(new Request(this, priority, false));

    private protected override RequestRank RankOf(Request request, long arrival) => new(request.Priority, 0, 0, arrival);
}
