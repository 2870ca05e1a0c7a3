using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>bottlenecks.csv</c> table: the bottleneck ranking, rank 1 first.</summary>
public static class BottlenecksCsv
{
    public const string FileName = "bottlenecks.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["rank", "facility", "kind", "utilisation", "waiting_share", "closure_hours", "binding_reason"];

    public static void Write(TextWriter writer, IReadOnlyList<Bottleneck> ranking)
    {
        using var csv = CsvFile.On(writer, Header);
        foreach (var b in ranking)
        {
            csv.Field(b.Rank);
            csv.Field(b.Facility);
            csv.Field(SnakeCase.Of(b.Kind));
            csv.Field(b.Utilisation);
            csv.Field(b.WaitingShare);
            csv.Field(b.ClosureHours);
            csv.Field(SnakeCase.Of(b.Reason));
            csv.EndRow();
        }
    }
}
