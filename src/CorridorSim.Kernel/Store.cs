namespace CorridorSim.Kernel;

/// <summary>
/// A buffer of discrete items with an optional capacity, kept first in, first out: a yard of wagons, a
/// stack of containers waiting for a ferry.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Put"/> succeeds while <see cref="Count"/> is below the capacity, otherwise it waits; a
/// <see cref="Get"/> succeeds while an item is there, otherwise it waits. Both queues are first come, first
/// served. As in SimPy, each trigger serves at most the head of one queue: making a put tries the head
/// put, processing a put tries the head get, and the other way round, so puts and gets at the same instant
/// alternate as their events are processed.
/// </para>
/// <para>Every put and get can be withdrawn by disposing it while it waits.</para>
/// </remarks>
public class Store<T> : IStoreQueues
{
    private readonly TicketQueue<StoreOffer<T>> _puts = new();
    private readonly TicketQueue<StoreGet<T>> _gets = new();
    private readonly RingBuffer<T> _items = new();

    /// <summary>Creates an empty store that holds at most <paramref name="capacity"/> items.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is less than 1.</exception>
    public Store(Simulation simulation, int capacity = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Simulation = simulation;
        Capacity = capacity;
        CountMonitor = new TimeWeighted(simulation);
    }

    /// <summary>The simulation the store belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The most items the store holds.</summary>
    public int Capacity { get; }

    /// <summary>The number of items in the store.</summary>
    public int Count => _items.Count;

    /// <summary>The items, in the order they leave (FIFO, or by priority in a <see cref="PriorityStore{T}"/>).</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>The number of puts waiting for room.</summary>
    public int PutQueueLength => _puts.Count;

    /// <summary>The number of gets waiting for an item.</summary>
    public int GetQueueLength => _gets.Count;

    /// <summary>The number of items over time.</summary>
    public TimeWeighted CountMonitor { get; }

    private protected RingBuffer<T> ItemBuffer => _items;

    private protected TicketQueue<StoreGet<T>> WaitingGets => _gets;

    /// <summary>Offers <paramref name="item"/>; the put succeeds when the store has taken it.</summary>
    public StorePut Put(T item) => AddPut(item, 0);

    /// <summary>Claims the next item; the get succeeds with it.</summary>
    public StoreGet<T> Get() => AddGet(null);

    private protected StorePut AddPut(T item, double priority)
    {
        var put = new StoreOffer<T>(this, item, priority);
        _puts.Add(put);
        ServePut();
        return put;
    }

    private protected StoreGet<T> AddGet(Func<T, bool>? filter)
    {
        var get = new StoreGet<T>(this, filter);
        _gets.Add(get);
        ServeGets();
        return get;
    }

    /// <summary>Adds an accepted item to the items, in leaving order.</summary>
    private protected virtual void InsertItem(T item, double priority) => _items.Add(item);

    /// <summary>Removes the item at <paramref name="index"/> (in leaving order).</summary>
    private protected virtual T TakeItem(int index)
    {
        var item = _items.RemoveAt(index);
        CountMonitor.Update(_items.Count);
        return item;
    }

    /// <summary>Serves waiting gets; a plain store serves at most the head.</summary>
    private protected virtual void ServeGets()
    {
        if (_gets.Count > 0 && _items.Count > 0)
        {
            _gets.RemoveFirst().Grant(TakeItem(0));
        }
    }

    private void ServePut()
    {
        if (_puts.Count > 0 && _items.Count < Capacity)
        {
            var put = _puts.RemoveFirst();
            InsertItem(put.Item, put.Priority);
            CountMonitor.Update(_items.Count);
            put.Trigger(true, null, 0);
        }
    }

    internal void OnGetProcessed() => ServePut();

    /// <summary>Withdraws a waiting get; the caller has checked that it still waits.</summary>
    internal void CancelGet(StoreGet<T> get) => _gets.Remove(get);

    void IStoreQueues.OnPutProcessed() => ServeGets();

    void IStoreQueues.Cancel(StorePut put) => _puts.Remove((StoreOffer<T>)put);
}
