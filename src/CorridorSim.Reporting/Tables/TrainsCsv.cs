using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>trains.csv</c> table: one row per corridor train formed at an origin or re-formed at a port,
/// loaded or empty, by train number within each replication.
/// </summary>
/// <remarks>
/// Units: hours from the start of the run; wagons and containers counted; tonnes of cargo. A train still
/// on its way at the end of the horizon has empty <c>arrived_at</c> and <c>arrived_hours</c>. Trucks are
/// not trains and are not listed.
/// </remarks>
public static class TrainsCsv
{
    private static readonly CsvTable<(int Replication, TrainRecord Item)> Table = ReplicationRows<TrainRecord>.Table()
        .Column("train", r => r.Item.Train)
        .Column("flow", r => r.Item.Flow)
        .Column("formed_at", r => r.Item.FormedAt)
        .Column("formed_hours", r => r.Item.FormedHours)
        .Column("wagons", r => r.Item.Wagons)
        .Column("containers", r => r.Item.Containers)
        .Column("tonnes", r => r.Item.Tonnes)
        .Column("route", r => r.Item.Route)
        .Column("arrived_at", r => r.Item.ArrivedAt ?? "")
        .Column("arrived_hours", r => r.Item.ArrivedHours);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes every train of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode) =>
        Table.Write(writer, ConsignmentSelection.Rows(replications, mode, r => r.Trains));
}
