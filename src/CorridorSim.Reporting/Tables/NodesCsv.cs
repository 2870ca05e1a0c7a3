using CorridorSim.Corridor.Results;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>nodes.csv</c> table: what each facility did in each replication, with the sea-service columns
/// (departures, mean load and load factor by direction) empty for facilities that are not sea services.
/// </summary>
/// <remarks>
/// <c>load_unit</c> says what a sea service's mean load is counted in: wagons, teu or tonnes;
/// <c>vessel_hours_out_of_service</c> is the vessel-hours its fleet spent under repair.
/// </remarks>
public static class NodesCsv
{
    private static readonly CsvTable<(int Replication, FacilityStats Facility)> Table = new CsvTable<(int Replication, FacilityStats Facility)>()
        .Column("replication", r => r.Replication)
        .Column("facility", r => r.Facility.Facility)
        .Column("kind", r => r.Facility.Kind)
        .Column("throughput_tonnes", r => r.Facility.ThroughputTonnes)
        .Column("units_served", r => r.Facility.UnitsServed)
        .Column("mean_wait_hours", r => r.Facility.MeanWaitHours)
        .Column("p95_wait_hours", r => r.Facility.P95WaitHours)
        .Column("mean_queue", r => r.Facility.MeanQueue)
        .Column("max_queue", r => r.Facility.MaxQueue)
        .Column("utilisation", r => r.Facility.Utilisation)
        .Column("closure_hours", r => r.Facility.ClosureHours)
        .Column("load_unit", r => r.Facility.Sea?.LoadUnit ?? "")
        .Column("departures_westbound", r => r.Facility.Sea?.DeparturesWestbound)
        .Column("departures_eastbound", r => r.Facility.Sea?.DeparturesEastbound)
        .Column("mean_load_westbound", r => r.Facility.Sea?.MeanLoadWestbound)
        .Column("mean_load_eastbound", r => r.Facility.Sea?.MeanLoadEastbound)
        .Column("load_factor_westbound", r => r.Facility.Sea?.LoadFactorWestbound)
        .Column("load_factor_eastbound", r => r.Facility.Sea?.LoadFactorEastbound)
        .Column("vessel_hours_out_of_service", r => r.Facility.Sea?.VesselHoursOutOfService);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes every facility of every replication, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications) =>
        Table.Write(writer, replications.SelectMany(r => r.Facilities.Select(f => (r.Replication, f))));
}
