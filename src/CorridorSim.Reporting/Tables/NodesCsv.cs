using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;

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
    public const string FileName = "nodes.csv";

    public static IReadOnlyList<string> Header { get; } =
    [
        "replication", "facility", "kind", "throughput_tonnes", "units_served", "mean_wait_hours",
        "p95_wait_hours", "mean_queue", "max_queue", "utilisation", "closure_hours",
        "load_unit", "departures_westbound", "departures_eastbound", "mean_load_westbound",
        "mean_load_eastbound", "load_factor_westbound", "load_factor_eastbound", "vessel_hours_out_of_service",
    ];

    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications)
    {
        using var csv = CsvFile.On(writer, Header);
        foreach (var replication in replications)
        {
            foreach (var f in replication.Facilities)
            {
                csv.Field(replication.Replication);
                csv.Field(f.Facility);
                csv.Field(SnakeCase.Of(f.Kind));
                csv.Field(f.ThroughputTonnes);
                csv.Field(f.UnitsServed);
                csv.Field(f.MeanWaitHours);
                csv.Field(f.P95WaitHours);
                csv.Field(f.MeanQueue);
                csv.Field(f.MaxQueue);
                csv.Field(f.Utilisation);
                csv.Field(f.ClosureHours);
                WriteSea(csv, f.Sea);
                csv.EndRow();
            }
        }
    }

    private static void WriteSea(CsvFile csv, SeaServiceStats? sea)
    {
        if (sea is null)
        {
            for (var i = 0; i < 8; i++)
            {
                csv.Field("");
            }

            return;
        }

        csv.Field(sea.LoadUnit);
        csv.Field(sea.DeparturesWestbound);
        csv.Field(sea.DeparturesEastbound);
        csv.Field(sea.MeanLoadWestbound);
        csv.Field(sea.MeanLoadEastbound);
        csv.Field(sea.LoadFactorWestbound);
        csv.Field(sea.LoadFactorEastbound);
        csv.Field(sea.VesselHoursOutOfService);
    }
}
