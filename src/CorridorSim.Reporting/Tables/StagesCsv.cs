using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>stages.csv</c> table: one row per stage of a consignment at a facility, streamed.</summary>
public static class StagesCsv
{
    // Millions of rows take seconds; Ctrl+C must not wait for the whole table.
    private const long CancellationCheckRows = 1 << 16;

    public const string FileName = "stages.csv";

    public static IReadOnlyList<string> Header { get; } =
    [
        "replication", "id", "stage", "facility", "arrived_hours", "started_hours", "left_hours",
        "wait_hours", "service_hours",
    ];

    /// <summary>Writes the stages of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default)
    {
        using var csv = CsvFile.On(writer, Header);
        var rows = 0L;
        foreach (var replication in ConsignmentSelection.Of(replications, mode))
        {
            foreach (var s in replication.Stages ?? [])
            {
                csv.Field(replication.Replication);
                csv.Field(s.ConsignmentId);
                csv.Field(s.Stage);
                csv.Field(s.Facility);
                csv.Field(s.ArrivedHours);
                csv.Field(s.StartedHours);
                csv.Field(s.LeftHours);
                csv.Field(s.WaitHours);
                csv.Field(s.ServiceHours);
                csv.EndRow();
                if (++rows % CancellationCheckRows == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }
            }
        }
    }
}
