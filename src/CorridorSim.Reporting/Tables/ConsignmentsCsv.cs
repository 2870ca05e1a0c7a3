using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>consignments.csv</c> table: one row per consignment, streamed; an undelivered one has empty delivery fields.</summary>
public static class ConsignmentsCsv
{
    private static readonly CsvTable<(int Replication, ConsignmentRecord Consignment)> Table = new CsvTable<(int Replication, ConsignmentRecord Consignment)>()
        .Column("replication", r => r.Replication)
        .Column("id", r => r.Consignment.Id)
        .Column("flow", r => r.Consignment.Flow)
        .Column("unit", r => SnakeCase.Of(r.Consignment.Unit))
        .Column("direction", r => SnakeCase.Of(r.Consignment.Direction))
        .Column("route", r => r.Consignment.Route)
        .Column("tonnes", r => r.Consignment.Tonnes)
        .Column("teu", r => r.Consignment.Teu)
        .Column("created_hours", r => r.Consignment.CreatedHours)
        .Column("delivered_hours", r => r.Consignment.DeliveredHours)
        .Column("transit_days", r => r.Consignment.TransitDays);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the consignments of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default) =>
        Table.Write(
            writer,
            ConsignmentSelection.Of(replications, mode).SelectMany(r => (r.Consignments ?? []).Select(c => (r.Replication, c))),
            cancellation);
}
