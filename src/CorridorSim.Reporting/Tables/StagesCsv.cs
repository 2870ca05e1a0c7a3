using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>stages.csv</c> table: one row per stage of a consignment at a facility, streamed.</summary>
public static class StagesCsv
{
    private static readonly CsvTable<(int Replication, StageRecord Stage)> Table = new CsvTable<(int Replication, StageRecord Stage)>()
        .Column("replication", r => r.Replication)
        .Column("id", r => r.Stage.ConsignmentId)
        .Column("stage", r => r.Stage.Stage)
        .Column("facility", r => r.Stage.Facility)
        .Column("arrived_hours", r => r.Stage.ArrivedHours)
        .Column("started_hours", r => r.Stage.StartedHours)
        .Column("left_hours", r => r.Stage.LeftHours)
        .Column("wait_hours", r => r.Stage.WaitHours)
        .Column("service_hours", r => r.Stage.ServiceHours);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the stages of the replications <paramref name="mode"/> selects, in replication order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode, CancellationToken cancellation = default) =>
        Table.Write(
            writer,
            ConsignmentSelection.Of(replications, mode).SelectMany(r => (r.Stages ?? []).Select(s => (r.Replication, s))),
            cancellation);
}
