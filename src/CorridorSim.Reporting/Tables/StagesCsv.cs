using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

using CorridorSim.Reporting.Tables.Parquet;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>stages.csv</c> table: one row per stage of a consignment at a facility, streamed.</summary>
public static class StagesCsv
{
    private static readonly CsvTable<(int Replication, StageRecord Item)> Table = ReplicationRows<StageRecord>.Table()
        .Column("id", r => r.Item.ConsignmentId)
        .Column("stage", r => r.Item.Stage)
        .Column("facility", r => r.Item.Facility)
        .Column("arrived_hours", r => r.Item.ArrivedHours)
        .Column("started_hours", r => r.Item.StartedHours)
        .Column("left_hours", r => r.Item.LeftHours)
        .Column("wait_hours", r => r.Item.WaitHours)
        .Column("service_hours", r => r.Item.ServiceHours);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the stages of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default) =>
        Table.Write(writer, ConsignmentSelection.Rows(replications, mode, r => r.Stages), cancellation);

    /// <summary>Writes the same rows as Parquet, one row group per selected replication.</summary>
    public static void WriteParquet(Stream stream, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default) =>
        Table.AsParquet().Write(stream, ReplicationGroups.Of(ConsignmentSelection.Of(replications, mode), r => r.Stages), cancellation);
}
