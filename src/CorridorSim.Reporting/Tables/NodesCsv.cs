using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>nodes.csv</c> table: what each facility did in each replication, with the sea-service columns
/// (departures, mean load and load factor by direction) empty for facilities that are not sea services.
/// </summary>
/// <remarks>
/// <c>load_unit</c> says what a sea service's mean load is counted in: wagons, teu or tonnes;
/// <c>vessel_hours_out_of_service</c> is the vessel-hours its fleet spent under repair;
/// <c>vessel_hours_waiting_for_berth</c> those at the anchorage with work to do, waiting for a berth or an
/// open port, and <c>vessel_hours_waiting_for_cargo</c> those at the anchorage waiting to be called for
/// cargo; the unit columns count the loaded units and the empty wagons and containers that sailed each way.
/// </remarks>
public static class NodesCsv
{
    private static readonly CsvTable<(int Replication, FacilityStats Item)> Table = ReplicationRows<FacilityStats>.Table()
        .Column("facility", r => r.Item.Facility)
        .Column("kind", r => SnakeCase.Of(r.Item.Kind))
        .Column("throughput_tonnes", r => r.Item.ThroughputTonnes)
        .Column("units_served", r => r.Item.UnitsServed)
        .Column("mean_wait_hours", r => r.Item.MeanWaitHours)
        .Column("p95_wait_hours", r => r.Item.P95WaitHours)
        .Column("mean_queue", r => r.Item.MeanQueue)
        .Column("max_queue", r => r.Item.MaxQueue)
        .Column("utilisation", r => r.Item.Utilisation)
        .Column("closure_hours", r => r.Item.ClosureHours)
        .Column("load_unit", r => r.Item.Sea?.LoadUnit ?? "")
        .Column("departures_westbound", r => r.Item.Sea?.DeparturesWestbound)
        .Column("departures_eastbound", r => r.Item.Sea?.DeparturesEastbound)
        .Column("mean_load_westbound", r => r.Item.Sea?.MeanLoadWestbound)
        .Column("mean_load_eastbound", r => r.Item.Sea?.MeanLoadEastbound)
        .Column("load_factor_westbound", r => r.Item.Sea?.LoadFactorWestbound)
        .Column("load_factor_eastbound", r => r.Item.Sea?.LoadFactorEastbound)
        .Column("vessel_hours_out_of_service", r => r.Item.Sea?.VesselHoursOutOfService)
        .Column("vessel_hours_waiting_for_berth", r => r.Item.Sea?.VesselHoursWaitingForBerth)
        .Column("vessel_hours_waiting_for_cargo", r => r.Item.Sea?.VesselHoursWaitingForCargo)
        .Column("loaded_units_westbound", r => r.Item.Sea?.LoadedUnitsWestbound)
        .Column("loaded_units_eastbound", r => r.Item.Sea?.LoadedUnitsEastbound)
        .Column("empty_units_westbound", r => r.Item.Sea?.EmptyUnitsWestbound)
        .Column("empty_units_eastbound", r => r.Item.Sea?.EmptyUnitsEastbound);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes every facility of every replication, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications) =>
        Table.Write(writer, ReplicationRows<FacilityStats>.Of(replications, r => r.Facilities));
}
