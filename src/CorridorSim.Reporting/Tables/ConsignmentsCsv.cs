using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

using CorridorSim.Reporting.Tables.Parquet;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>consignments.csv</c> table: one row per consignment, streamed; an undelivered one has empty delivery fields.</summary>
public static class ConsignmentsCsv
{
    private static readonly CsvTable<(int Replication, ConsignmentRecord Item)> Table = ReplicationRows<ConsignmentRecord>.Table()
        .Column("id", r => r.Item.Id)
        .Column("flow", r => r.Item.Flow)
        .Column("unit", r => SnakeCase.Of(r.Item.Unit))
        .Column("direction", r => SnakeCase.Of(r.Item.Direction))
        .Column("route", r => r.Item.Route)
        .Column("tonnes", r => r.Item.Tonnes)
        .Column("teu", r => r.Item.Teu)
        .Column("created_hours", r => r.Item.CreatedHours)
        .Column("delivered_hours", r => r.Item.DeliveredHours)
        .Column("transit_days", r => r.Item.TransitDays);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the consignments of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default) =>
        Table.Write(writer, ConsignmentSelection.Rows(replications, mode, r => r.Consignments), cancellation);

    /// <summary>Writes the same rows as Parquet, one row group per selected replication.</summary>
    public static void WriteParquet(Stream stream, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default) =>
        Table.AsParquet().Write(stream, ReplicationGroups.Of(ConsignmentSelection.Of(replications, mode), r => r.Consignments), cancellation);
}
