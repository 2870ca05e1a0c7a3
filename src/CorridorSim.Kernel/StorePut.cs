namespace CorridorSim.Kernel;

/// <summary>
/// An offer of one item to a <see cref="Store{T}"/>: an event that succeeds when the store has taken the item.
/// </summary>
/// <remarks>Disposing it while it still waits for room withdraws the offer; afterwards it does nothing.</remarks>
public class StorePut : Event, IDisposable
{
    private readonly IStoreQueues _store;

    private protected StorePut(Simulation simulation, IStoreQueues store)
        : base(simulation)
    {
        _hasProcessingHook = true;
        _store = store;
    }

    /// <summary>Withdraws the offer if the item has not been taken yet.</summary>
    public void Dispose()
    {
        if (_state == EventState.Pending)
        {
            _store.Cancel(this);
        }
    }

    internal override void OnProcessing() => _store.OnPutProcessed();
}
