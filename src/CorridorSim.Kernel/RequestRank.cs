namespace CorridorSim.Kernel;

/// <summary>
/// Where a waiting request stands in a priority resource's queue: (priority, request time, preempt ? 0 : 1),
/// smaller first, then arrival order. A plain <see cref="PriorityResource"/> ranks by priority alone (time and
/// preempt are 0 for every request).
/// </summary>
internal readonly record struct RequestRank(int Priority, double Time, int NoPreempt, long Arrival)
{
    public bool Precedes(in RequestRank other)
    {
        if (Priority != other.Priority)
        {
            return Priority < other.Priority;
        }

        if (Time != other.Time)
        {
            return Time < other.Time;
        }

        return NoPreempt != other.NoPreempt ? NoPreempt < other.NoPreempt : Arrival < other.Arrival;
    }
}
