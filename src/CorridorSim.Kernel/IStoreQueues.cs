namespace CorridorSim.Kernel;

/// <summary>
/// What a <see cref="StorePut"/> needs from its store, independent of the item type.
/// </summary>
internal interface IStoreQueues
{
    void OnPutProcessed();

    /// <summary>Withdraws a waiting put; the caller has checked that it still waits.</summary>
    void Cancel(StorePut put);
}
