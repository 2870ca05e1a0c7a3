namespace CorridorSim.Kernel;

/// <summary>
/// A pool of identical units that processes hold one at a time (berths, cranes, border lanes): if all units
/// are in use, a request waits in first-come, first-served order until one is released.
/// </summary>
/// <remarks>
/// A request is granted inside the call that makes it when a unit is free and it is first in the queue; the
/// grant is an event at the current time, so the requester resumes in a later step at the same time. A
/// release frees the unit at once and serves the queue when the release event is processed.
/// </remarks>
public partial class Resource
{
    // Exactly one of the two queues exists: first come, first served, or ranked for the priority kinds.
    private readonly TicketQueue<Request>? _fifo;
    private readonly RequestHeap? _ranked;
    private readonly TicketQueue<Request> _users = new();
    private long _nextGrantOrder;
    private long _nextArrival;

    /// <summary>Creates a resource with <paramref name="capacity"/> units, all free.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is less than 1.</exception>
    public Resource(Simulation simulation, int capacity)
        : this(simulation, capacity, ranked: false)
    {
    }

    /// <summary>Creates a resource whose waiting requests are served first come, first served, or by <see cref="RankOf"/>.</summary>
    private protected Resource(Simulation simulation, int capacity, bool ranked)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Simulation = simulation;
        Capacity = capacity;
        UtilizationMonitor = new TimeWeighted(simulation);
        QueueLengthMonitor = new TimeWeighted(simulation);
        if (ranked)
        {
            _ranked = new RequestHeap();
        }
        else
        {
            _fifo = new TicketQueue<Request>();
        }
    }

    /// <summary>The simulation the resource belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The number of units.</summary>
    public int Capacity { get; }

    /// <summary>The number of units held (granted requests).</summary>
    public int InUse => _users.Count;

    /// <summary>The number of requests waiting.</summary>
    public int QueueLength => _fifo?.Count ?? _ranked!.Count;

    /// <summary>The granted requests, in grant order.</summary>
    /// <remarks>Enumerating is O(n); indexing after a release out of grant order compacts the view once.</remarks>
    public IReadOnlyList<Request> Users => _users;

    /// <summary>The waiting requests, in the order they will be served.</summary>
    /// <remarks>On the priority kinds, each enumeration or index sorts a copy: it serves inspection, not the model's hot path.</remarks>
    public IReadOnlyList<Request> Queue => _fifo ?? (IReadOnlyList<Request>)_ranked!;

    /// <summary>Requests a unit; the request succeeds when the unit is granted.</summary>
    public Request Request() => Add(new Request(this, 0, false));

    /// <summary>
    /// Gives the unit of <paramref name="request"/> back, or withdraws it if still queued; the same as
    /// disposing it. The returned event happens once the waiting requests have been served.
    /// </summary>
    /// <exception cref="ArgumentException">The request belongs to another resource.</exception>
    public Event Release(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Resource != this)
        {
            throw new ArgumentException("The request belongs to another resource.", nameof(request));
        }

        var release = new ReleaseEvent(this, request.Status == RequestStatus.Granted);
        Withdraw(request, release);
        release.Succeed();
        return release;
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name}({InUse}/{Capacity} in use, {QueueLength} queued)";

    private protected Request Add(Request request)
    {
        if (_fifo is not null)
        {
            _fifo.Add(request);
        }
        else
        {
            _ranked!.Add(request, RankOf(request, _nextArrival++));
        }

        QueueLengthMonitor.Update(QueueLength);
        ServeQueue();
        return request;
    }

    private protected virtual bool TryPreempt(Request head) => false;

    /// <summary>Where a request of a ranked resource stands in the queue; the resource kinds that rank override it.</summary>
    private protected virtual RequestRank RankOf(Request request, long arrival) => new(0, 0, 0, arrival);

    private protected void RemoveUser(Request user, RequestStatus status)
    {
        _users.Remove(user);
        user.Status = status;
        UtilizationMonitor.Update((double)_users.Count / Capacity);
    }

    internal void Withdraw(Request request, Event? release)
    {
        switch (request.Status)
        {
            case RequestStatus.Queued:
                request.Status = RequestStatus.Cancelled;
                if (_fifo is not null)
                {
                    _fifo.Remove(request);
                }
                else
                {
                    _ranked!.Forget(request);
                }

                QueueLengthMonitor.Update(QueueLength);
                break;
            case RequestStatus.Granted:
                RemoveUser(request, RequestStatus.Released);
                if (release is null)
                {
                    Simulation.Schedule(request, 0, 0, ScheduleKind.ReleaseUnit);
                }

                break;
        }
    }

    internal void OnReleaseProcessed() => ServeQueue();

    // As in SimPy, each trigger (a new request, a processed release) serves at most the head of the queue:
    // every freed unit produces exactly one trigger, so no unit is stranded.
    private void ServeQueue()
    {
        if (QueueLength == 0)
        {
            return;
        }

        var head = _fifo is not null ? _fifo.First : _ranked!.First;
        if (_users.Count >= Capacity && !TryPreempt(head))
        {
            return;
        }

        if (_fifo is not null)
        {
            _fifo.RemoveFirst();
        }
        else
        {
            _ranked!.RemoveFirst();
        }

        QueueLengthMonitor.Update(QueueLength);
        var now = Simulation.Now;
        head.Status = RequestStatus.Granted;
        head.UsageSince = now;
        head.GrantOrder = _nextGrantOrder++;
        _users.Add(head);
        UtilizationMonitor.Update((double)_users.Count / Capacity);
        WaitTimeMonitor.Add(now - head.RequestTime);
        head.Trigger(true, null, 0);
    }
}
