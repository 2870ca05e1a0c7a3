using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>bottlenecks.csv</c> table: the bottleneck ranking, rank 1 first.</summary>
public static class BottlenecksCsv
{
    private static readonly CsvTable<Bottleneck> Table = new CsvTable<Bottleneck>()
        .Column("rank", b => b.Rank)
        .Column("facility", b => b.Facility)
        .Column("kind", b => SnakeCase.Of(b.Kind))
        .Column("utilisation", b => b.Utilisation)
        .Column("waiting_share", b => b.WaitingShare)
        .Column("closure_hours", b => b.ClosureHours)
        .Column("binding_reason", b => SnakeCase.Of(b.Reason));

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the ranking, one line per facility.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<Bottleneck> ranking) => Table.Write(writer, ranking);
}
