namespace CorridorSim.Kernel;

/// <summary>
/// A continuous quantity with a capacity: tonnes in a tank farm or silo, wagons in a yard counted as a level.
/// </summary>
/// <remarks>
/// A put of <c>a</c> needs <c>Capacity − Level ≥ a</c>, a get of <c>a</c> needs <c>Level ≥ a</c>. Each queue is
/// first come, first served with head-of-line blocking: a waiting head blocks smaller requests behind it.
/// Making a put serves the puts, processing a put serves the gets, and the other way round. Every put and
/// get can be withdrawn by disposing it while it waits.
/// </remarks>
public sealed class Container
{
    private readonly TicketQueue<ContainerPut> _puts = new();
    private readonly TicketQueue<ContainerGet> _gets = new();
    private double _level;

    /// <summary>Creates a container holding <paramref name="initial"/> of at most <paramref name="capacity"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The capacity is not positive, or the initial level is negative or above the capacity.
    /// </exception>
    public Container(Simulation simulation, double capacity, double initial = 0)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!(capacity > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be positive.");
        }

        if (!(initial >= 0 && initial <= capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(initial), initial, "The initial level must lie in [0, capacity].");
        }

        Simulation = simulation;
        Capacity = capacity;
        _level = initial;
        LevelMonitor = new TimeWeighted(simulation, initial);
    }

    /// <summary>The simulation the container belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The most the container holds.</summary>
    public double Capacity { get; }

    /// <summary>How much the container holds now.</summary>
    public double Level => _level;

    /// <summary>The number of puts waiting for room.</summary>
    public int PutQueueLength => _puts.Count;

    /// <summary>The number of gets waiting for the level.</summary>
    public int GetQueueLength => _gets.Count;

    /// <summary>The level over time.</summary>
    public TimeWeighted LevelMonitor { get; }

    /// <summary>Offers <paramref name="amount"/>; the put succeeds when there is room and it has been added.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive or exceeds the capacity.</exception>
    public ContainerPut Put(double amount)
    {
        CheckAmount(amount);
        var put = new ContainerPut(this, amount);
        _puts.Add(put);
        ServePuts();
        return put;
    }

    /// <summary>Claims <paramref name="amount"/>; the get succeeds when the level allows and it has been taken.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive or exceeds the capacity.</exception>
    public ContainerGet Get(double amount)
    {
        CheckAmount(amount);
        var get = new ContainerGet(this, amount);
        _gets.Add(get);
        ServeGets();
        return get;
    }

    internal void ServePuts()
    {
        while (_puts.Count > 0 && Capacity - _level >= _puts.First.Amount)
        {
            var put = _puts.RemoveFirst();
            _level += put.Amount;
            LevelMonitor.Update(_level);
            put.Trigger(true, null, 0);
        }
    }

    internal void ServeGets()
    {
        while (_gets.Count > 0 && _level >= _gets.First.Amount)
        {
            var get = _gets.RemoveFirst();
            _level -= get.Amount;
            LevelMonitor.Update(_level);
            get.Trigger(true, get.Amount, 0);
        }
    }

    // A withdrawn head may have blocked requests that fit now, so the queue is served again. The callers have
    // checked that the request still waits.
    internal void Cancel(ContainerPut put)
    {
        _puts.Remove(put);
        ServePuts();
    }

    internal void Cancel(ContainerGet get)
    {
        _gets.Remove(get);
        ServeGets();
    }

    private void CheckAmount(double amount)
    {
        // An amount above the capacity could never be served and would block its queue for ever.
        if (!(amount > 0 && amount <= Capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount must be positive and at most the capacity.");
        }
    }
}
