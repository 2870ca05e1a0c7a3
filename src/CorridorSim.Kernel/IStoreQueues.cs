namespace CorridorSim.Kernel;

/// <summary>
/// What a <see cref="StorePut"/> needs from its store, independent of the item type.
/// </summary>
internal interface IStoreQueues
{
    void OnPutProcessed();

    void Cancel(StorePut put);
}
