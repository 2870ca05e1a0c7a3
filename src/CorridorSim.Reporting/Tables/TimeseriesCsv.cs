using CorridorSim.Corridor.Results;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>timeseries.csv</c> table: each facility's queue and busy capacity at the end of every day.</summary>
public static class TimeseriesCsv
{
    public const string FileName = "timeseries.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["replication", "day", "facility", "queue_units", "queue_tonnes", "in_service", "closed"];

    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications)
    {
        using var csv = CsvFile.On(writer, Header);
        foreach (var replication in replications)
        {
            foreach (var p in replication.Timeseries)
            {
                csv.Field(replication.Replication);
                csv.Field(p.Day);
                csv.Field(p.Facility);
                csv.Field(p.QueueUnits);
                csv.Field(p.QueueTonnes);
                csv.Field(p.InService);
                csv.Field(p.Closed);
                csv.EndRow();
            }
        }
    }
}
