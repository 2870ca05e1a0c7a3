namespace CorridorSim.Kernel;

/// <summary>
/// A claim on one unit of a <see cref="Resource"/> (a berth, a crane, a locomotive): an event that succeeds
/// when the unit is granted.
/// </summary>
/// <remarks>
/// Dispose it on every exit path (<c>using var req = berth.Request(); yield return req;</c>): disposing a
/// granted request releases the unit, disposing a queued one withdraws it from the queue (renege), and
/// disposing a preempted, released or already disposed request does nothing.
/// </remarks>
public sealed class Request : Event, IDisposable, ITicketHolder
{
    internal Request(Resource resource, int priority, bool preempt)
        : base(resource.Simulation)
    {
        Resource = resource;
        Priority = priority;
        Preempt = preempt;
        Owner = resource.Simulation.ActiveProcess;
        RequestTime = resource.Simulation.Now;
    }

    /// <summary>The resource the unit belongs to.</summary>
    public Resource Resource { get; }

    /// <summary>The process that made the request (it is interrupted if the request is preempted), or null.</summary>
    public Process? Owner { get; }

    /// <summary>When, in hours, the request was made.</summary>
    public double RequestTime { get; }

    /// <summary>The request's priority; smaller is more urgent. Always 0 on a plain <see cref="Kernel.Resource"/>.</summary>
    public int Priority { get; }

    /// <summary>Whether the request may take the unit of a less urgent user (only on a <see cref="PreemptiveResource"/>).</summary>
    public bool Preempt { get; }

    /// <summary>Where the request stands with its resource.</summary>
    public RequestStatus Status { get; internal set; }

    /// <summary>When, in hours, the unit was granted; NaN until then.</summary>
    public double UsageSince { get; internal set; } = double.NaN;

    /// <summary>Once granted, the order of the grant (preemption picks the most recent among equals).</summary>
    internal long GrantOrder { get; set; }

    /// <summary>Where the request sits in its resource's queue, then among its users.</summary>
    internal long Ticket { get; set; }

    long ITicketHolder.Ticket
    {
        get => Ticket;
        set => Ticket = value;
    }

    /// <summary>Releases the unit if granted, reneges if still queued, and otherwise does nothing.</summary>
    public void Dispose() => Resource.Withdraw(this, null);

    /// <inheritdoc />
    public override string ToString() => $"Request({Status}, priority {Priority})";
}
