using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>consignments.csv</c> table: one row per consignment, streamed; an undelivered one has empty delivery fields.</summary>
public static class ConsignmentsCsv
{
    // Millions of rows take seconds; Ctrl+C must not wait for the whole table.
    private const long CancellationCheckRows = 1 << 16;

    public const string FileName = "consignments.csv";

    public static IReadOnlyList<string> Header { get; } =
    [
        "replication", "id", "flow", "unit", "direction", "route", "tonnes", "teu",
        "created_hours", "delivered_hours", "transit_days",
    ];

    /// <summary>Writes the consignments of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default)
    {
        using var csv = CsvFile.On(writer, Header);
        var rows = 0L;
        foreach (var replication in ConsignmentSelection.Of(replications, mode))
        {
            foreach (var c in replication.Consignments ?? [])
            {
                csv.Field(replication.Replication);
                csv.Field(c.Id);
                csv.Field(c.Flow);
                csv.Field(SnakeCase.Of(c.Unit));
                csv.Field(SnakeCase.Of(c.Direction));
                csv.Field(c.Route);
                csv.Field(c.Tonnes);
                csv.Field(c.Teu);
                csv.Field(c.CreatedHours);
                csv.Field(c.DeliveredHours);
                csv.Field(c.TransitDays);
                csv.EndRow();
                if (++rows % CancellationCheckRows == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }
            }
        }
    }
}
