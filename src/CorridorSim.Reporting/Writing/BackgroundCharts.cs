using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// A folder's charts being rendered on another core while the caller writes the tables: neither reads what
/// the other writes, so every file's bytes are what writing them one after the other gave.
/// </summary>
/// <remarks>
/// <see cref="Finish"/> waits and passes on what the rendering threw (a cancellation, a full disk). Disposing
/// without finishing — a table failed — waits quietly, so the folder is never removed while a chart is
/// still being written into it.
/// </remarks>
internal sealed class BackgroundCharts : IDisposable
{
    private readonly Task _rendering;

    private BackgroundCharts(Task rendering) => _rendering = rendering;

    /// <summary>Starts rendering <paramref name="charts"/> into <paramref name="folder"/>'s <c>charts</c> folder.</summary>
    public static BackgroundCharts Start(string folder, IReadOnlyList<Chart> charts, CancellationToken cancellation) =>
        new(Task.Run(() => RunFolderWriter.SaveCharts(folder, charts, cancellation), CancellationToken.None));

    /// <summary>Waits until every chart is written; throws what the rendering threw.</summary>
    public void Finish() => _rendering.GetAwaiter().GetResult();

    /// <summary>Waits for the rendering to end, ignoring how it ended (the caller is already failing).</summary>
    public void Dispose() => ((IAsyncResult)_rendering).AsyncWaitHandle.WaitOne();
}
