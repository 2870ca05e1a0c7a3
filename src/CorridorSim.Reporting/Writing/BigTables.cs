using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The big tables of a run folder (<c>timeseries</c>, <c>consignments</c>, <c>stages</c>), each written on
/// another core in the format the run asks for.
/// </summary>
/// <remarks>They take most of a folder's writing time, so they are written while the caller writes the rest.</remarks>
internal static class BigTables
{
    /// <summary>Starts the per-consignment tables of the replications <paramref name="context"/>'s recording selects, the longest first.</summary>
    public static void StartPerConsignment(
        BackgroundWrites writes, string folder, IReadOnlyList<ReplicationResult> replications, RunContext context, CancellationToken cancellation)
    {
        var mode = context.Consignments;
        Start(writes, folder, ResultFiles.Stages, context,
            w => StagesCsv.Write(w, replications, mode, cancellation),
            s => StagesCsv.WriteParquet(s, replications, mode, cancellation),
            cancellation);
        Start(writes, folder, ResultFiles.Consignments, context,
            w => ConsignmentsCsv.Write(w, replications, mode, cancellation),
            s => ConsignmentsCsv.WriteParquet(s, replications, mode, cancellation),
            cancellation);
    }

    /// <summary>Starts the daily snapshots of every replication.</summary>
    public static void StartTimeseries(
        BackgroundWrites writes, string folder, IReadOnlyList<ReplicationResult> replications, RunContext context, CancellationToken cancellation) =>
        Start(writes, folder, ResultFiles.Timeseries, context,
            w => TimeseriesCsv.Write(w, replications),
            s => TimeseriesCsv.WriteParquet(s, replications, cancellation),
            cancellation);

    private static void Start(
        BackgroundWrites writes,
        string folder,
        ResultFile file,
        RunContext context,
        Action<TextWriter> writeCsv,
        Action<Stream> writeParquet,
        CancellationToken cancellation)
    {
        var asWritten = file.In(context.TableFormat);
        if (!asWritten.IsWrittenBy(ResultCommand.Run, context.Consignments != ConsignmentRecording.None))
        {
            return;
        }

        var path = Path.Combine(folder, asWritten.Name);
        writes.Start(() =>
        {
            cancellation.ThrowIfCancellationRequested();
            if (context.TableFormat == TableFormat.Csv)
            {
                TableFile.Write(path, writeCsv);
            }
            else
            {
                TableFile.WriteBinary(path, writeParquet);
            }
        });
    }
}
