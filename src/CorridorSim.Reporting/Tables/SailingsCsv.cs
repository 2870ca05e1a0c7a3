using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>sailings.csv</c> table: one row per departure of a vessel, warm-up included, in the order they
/// left within each replication.
/// </summary>
/// <remarks>
/// Units: hours from the start of the run; wagons and trucks counted, TEU and tonnes summed; the load
/// factor is the load as a share of one vessel's capacity in the service's load unit (wagon slots, TEU or
/// tonnes, as <c>nodes.csv</c>'s <c>load_unit</c> says). The two waits are those at the departure port
/// since the vessel reached it.
/// </remarks>
public static class SailingsCsv
{
    private static readonly CsvTable<(int Replication, SailingRecord Item)> Table = ReplicationRows<SailingRecord>.Table()
        .Column("service", r => r.Item.Service)
        .Column("vessel", r => r.Item.Vessel)
        .Column("direction", r => SnakeCase.Of(r.Item.Direction))
        .Column("from_port", r => r.Item.FromPort)
        .Column("to_port", r => r.Item.ToPort)
        .Column("departed_hours", r => r.Item.DepartedHours)
        .Column("arrived_hours", r => r.Item.ArrivedHours)
        .Column("wagons_loaded", r => r.Item.WagonsLoaded)
        .Column("wagons_empty", r => r.Item.WagonsEmpty)
        .Column("trucks", r => r.Item.Trucks)
        .Column("teu_loaded", r => r.Item.TeuLoaded)
        .Column("teu_empty", r => r.Item.TeuEmpty)
        .Column("tonnes", r => r.Item.Tonnes)
        .Column("load_factor", r => r.Item.LoadFactor)
        .Column("waited_for_cargo_hours", r => r.Item.WaitedForCargoHours)
        .Column("waited_for_berth_hours", r => r.Item.WaitedForBerthHours);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes every sailing of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode) =>
        Table.Write(writer, ConsignmentSelection.Rows(replications, mode, r => r.Sailings));
}
