using CorridorSim.Corridor.Results;

using CorridorSim.Reporting.Tables.Parquet;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>timeseries.csv</c> table: each facility's queue and busy capacity at the end of every day.</summary>
public static class TimeseriesCsv
{
    private static readonly CsvTable<(int Replication, TimeseriesPoint Item)> Table = ReplicationRows<TimeseriesPoint>.Table()
        .Column("day", r => r.Item.Day)
        .Column("facility", r => r.Item.Facility)
        .Column("queue_units", r => r.Item.QueueUnits)
        .Column("queue_tonnes", r => r.Item.QueueTonnes)
        .Column("in_service", r => r.Item.InService)
        .Column("closed", r => r.Item.Closed);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes every day of every replication, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications) =>
        Table.Write(writer, ReplicationRows<TimeseriesPoint>.Of(replications, r => r.Timeseries));

    /// <summary>Writes the same rows as Parquet, one row group per replication.</summary>
    public static void WriteParquet(Stream stream, IReadOnlyList<ReplicationResult> replications, CancellationToken cancellation = default) =>
        Table.AsParquet().Write(stream, ReplicationGroups.Of(replications, r => r.Timeseries), cancellation);
}
