namespace CorridorSim.Kernel;

/// <summary>
/// A claim on one item of a <see cref="Store{T}"/>: an event that succeeds with the item when one is
/// available (and, for a <see cref="FilterStore{T}"/>, accepted by the filter).
/// </summary>
/// <remarks>
/// Disposing it while it still waits withdraws the claim; once it has succeeded, the item is in
/// <see cref="Item"/> and disposing does nothing.
/// </remarks>
public sealed class StoreGet<T> : Event, IDisposable, ITicketHolder
{
    private readonly Store<T> _store;

    internal StoreGet(Store<T> store, Func<T, bool>? filter)
        : base(store.Simulation)
    {
        _hasProcessingHook = true;
        _store = store;
        Filter = filter;
    }

    /// <summary>The item taken from the store; default until the get succeeds.</summary>
    public T Item { get; private set; } = default!;

    internal Func<T, bool>? Filter { get; }

    /// <summary>Where the get waits in its store's queue.</summary>
    internal long Ticket { get; set; }

    long ITicketHolder.Ticket
    {
        get => Ticket;
        set => Ticket = value;
    }

    /// <summary>Withdraws the claim if no item has been taken yet.</summary>
    public void Dispose()
    {
        if (_state == EventState.Pending)
        {
            _store.CancelGet(this);
        }
    }

    internal void Grant(T item)
    {
        Item = item;
        Trigger(true, item, 0);
    }

    internal override void OnProcessing() => _store.OnGetProcessed();
}
