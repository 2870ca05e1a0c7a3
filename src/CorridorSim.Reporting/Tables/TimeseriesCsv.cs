using CorridorSim.Corridor.Results;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>timeseries.csv</c> table: each facility's queue and busy capacity at the end of every day.</summary>
public static class TimeseriesCsv
{
    private static readonly CsvTable<(int Replication, TimeseriesPoint Point)> Table = new CsvTable<(int Replication, TimeseriesPoint Point)>()
        .Column("replication", r => r.Replication)
        .Column("day", r => r.Point.Day)
        .Column("facility", r => r.Point.Facility)
        .Column("queue_units", r => r.Point.QueueUnits)
        .Column("queue_tonnes", r => r.Point.QueueTonnes)
        .Column("in_service", r => r.Point.InService)
        .Column("closed", r => r.Point.Closed);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes every day of every replication, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications) =>
        Table.Write(writer, replications.SelectMany(r => r.Timeseries.Select(p => (r.Replication, p))));
}
