namespace CorridorSim.Kernel;

/// <summary>
/// A <see cref="StorePut"/> that carries its item and, for a <see cref="PriorityStore{T}"/>, the item's priority.
/// </summary>
internal sealed class StoreOffer<T> : StorePut, ITicketHolder
{
    public StoreOffer(Store<T> store, T item, double priority)
        : base(store.Simulation, store)
    {
        Item = item;
        Priority = priority;
    }

    public T Item { get; }

    public double Priority { get; }

    /// <summary>Where the offer waits in its store's queue.</summary>
    public long Ticket { get; set; }
}
