namespace CorridorSim.Reporting.Writing;

/// <summary>
/// Files of a result folder being written on other cores while the caller writes the rest: the charts and
/// the big per-consignment tables. No two writes touch the same file and none reads what another writes, so
/// every file's bytes are what writing them one after the other gave.
/// </summary>
/// <remarks>
/// <see cref="Finish"/> waits for all of them and passes on what the first to fail threw (a cancellation, a
/// full disk). Disposing without finishing — the caller is already failing — waits quietly, so the folder is
/// never removed while a file is still being written into it.
/// </remarks>
internal sealed class BackgroundWrites : IDisposable
{
    private readonly List<Task> _writes = [];

    /// <summary>Starts <paramref name="write"/> on a thread-pool thread.</summary>
    public void Start(Action write) => _writes.Add(Task.Run(write, CancellationToken.None));

    /// <summary>Waits until every write has ended; throws what the first one in start order to fail threw.</summary>
    public void Finish()
    {
        foreach (var write in _writes)
        {
            ((IAsyncResult)write).AsyncWaitHandle.WaitOne();
        }

        foreach (var write in _writes)
        {
            write.GetAwaiter().GetResult();
        }
    }

    /// <summary>Waits for every write to end, ignoring how it ended.</summary>
    public void Dispose()
    {
        foreach (var write in _writes)
        {
            ((IAsyncResult)write).AsyncWaitHandle.WaitOne();
        }
    }
}
