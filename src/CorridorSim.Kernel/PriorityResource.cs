namespace CorridorSim.Kernel;

/// <summary>
/// A <see cref="Resource"/> whose waiting requests are served by priority (smaller first), then first come,
/// first served: for instance a port that berths feeder vessels before bulk carriers.
/// </summary>
public class PriorityResource : Resource
{
    /// <summary>Creates a resource with <paramref name="capacity"/> units, all free.</summary>
    public PriorityResource(Simulation simulation, int capacity)
        : base(simulation, capacity)
    {
    }

    /// <summary>Requests a unit with the given priority; smaller is more urgent.</summary>
    public Request Request(int priority) => Add(new Request(this, priority, false));

    private protected override void Enqueue(RingBuffer<Request> queue, Request request)
    {
        // Upper bound: after every queued request that is not served later, so equal keys stay FIFO.
        var low = 0;
        var high = queue.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (ServedAfter(queue[mid], request))
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        queue.Insert(low, request);
    }

    /// <summary>Whether <paramref name="queued"/> is served after <paramref name="request"/>, which came later.</summary>
    private protected virtual bool ServedAfter(Request queued, Request request) => queued.Priority > request.Priority;
}
