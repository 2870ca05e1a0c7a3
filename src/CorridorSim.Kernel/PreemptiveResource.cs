namespace CorridorSim.Kernel;

/// <summary>
/// A <see cref="PriorityResource"/> where an urgent request may take a unit from a less urgent user, who is
/// interrupted with a <see cref="Preempted"/> cause: for instance a scheduled block train bumping a
/// shunting job off a track.
/// </summary>
/// <remarks>
/// Requests are ranked by the key (priority, request time, preempt ? 0 : 1); smaller is more urgent and is
/// served first. When the head of the queue has <c>preempt: true</c> and all units are in use, the user with
/// the largest key (ties: the most recently granted) loses its unit if its key is larger than the head's.
/// The preempted request is removed from the users at once, its owner is interrupted, and disposing it later
/// does nothing. An owner that is the running process itself is not interrupted (it cannot interrupt itself).
/// </remarks>
public sealed class PreemptiveResource : PriorityResource
{
    /// <summary>Creates a resource with <paramref name="capacity"/> units, all free.</summary>
    public PreemptiveResource(Simulation simulation, int capacity)
        : base(simulation, capacity)
    {
    }

    /// <summary>Requests a unit; with <paramref name="preempt"/>, it may take one from a less urgent user.</summary>
    public Request Request(int priority, bool preempt = false) => Add(new Request(this, priority, preempt));

    private protected override RequestRank RankOf(Request request, long arrival) =>
        new(request.Priority, request.RequestTime, request.Preempt ? 0 : 1, arrival);

    private protected override bool TryPreempt(Request head)
    {
        if (!head.Preempt)
        {
            return false;
        }

        Request? victim = null;
        foreach (var user in Users)
        {
            if (victim is null)
            {
                victim = user;
                continue;
            }

            var order = CompareKeys(user, victim);
            if (order > 0 || (order == 0 && user.GrantOrder > victim.GrantOrder))
            {
                victim = user;
            }
        }

        if (victim is null || CompareKeys(victim, head) <= 0)
        {
            return false;
        }

        RemoveUser(victim, RequestStatus.Preempted);
        var owner = victim.Owner;
        if (owner is not null && owner.IsAlive && owner != Simulation.ActiveProcess)
        {
            owner.Interrupt(new Preempted(head.Owner, victim.UsageSince, this));
        }

        return true;
    }

    private static int CompareKeys(Request a, Request b)
    {
        var order = a.Priority.CompareTo(b.Priority);
        if (order != 0)
        {
            return order;
        }

        order = a.RequestTime.CompareTo(b.RequestTime);
        return order != 0 ? order : (a.Preempt ? 0 : 1).CompareTo(b.Preempt ? 0 : 1);
    }
}
