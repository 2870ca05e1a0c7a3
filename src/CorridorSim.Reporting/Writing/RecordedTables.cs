using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// A run's per-consignment tables (<c>consignments</c>, <c>stages</c>) started as soon as the recorded
/// replication ends, on another core while the other replications still run, instead of after all of them.
/// </summary>
/// <remarks>
/// Only with <c>--consignments first</c>: the tables then hold replication 0 alone, so what is written early
/// is byte for byte what writing them with the whole result gives. With <c>all</c> or <c>none</c> nothing
/// starts early and the folder writer writes them as usual. The recorded replication's tables are most of a
/// run folder's writing time (the baseline's 1.3 million stage rows), which otherwise runs on one core
/// after the replications while the other waits.
/// <see cref="Finished"/> is called from the worker threads; the experiment has ended (its threads joined)
/// before the folder writer asks whether the tables were started, and before <see cref="Dispose"/>, which waits
/// for them so that a failed run's folder is never removed while they are still being written.
/// </remarks>
public sealed class RecordedTables(string folder, RunContext context, CancellationToken cancellation) : IDisposable
{
    private readonly BackgroundWrites _writes = new();
    private int _started;

    /// <summary>Whether the tables have been started (the recorded replication has ended).</summary>
    internal bool Started => Volatile.Read(ref _started) == 1;

    /// <summary>Hears that <paramref name="replication"/> has ended; the recorded replication's tables start.</summary>
    public void Finished(ReplicationResult replication)
    {
        ArgumentNullException.ThrowIfNull(replication);
        if (context.Consignments != ConsignmentRecording.First || replication.Replication != 0
            || Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        BigTables.StartPerConsignment(_writes, folder, [replication], context, cancellation);
    }

    /// <summary>Waits until the tables are written; throws what writing them threw.</summary>
    internal void Finish() => _writes.Finish();

    /// <summary>Waits for the tables to end, however they end.</summary>
    public void Dispose() => _writes.Dispose();
}
