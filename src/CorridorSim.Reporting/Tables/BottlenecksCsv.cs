using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>bottlenecks.csv</c> table: the causes of waiting ranked, rank 1 first.</summary>
public static class BottlenecksCsv
{
    private static readonly CsvTable<Bottleneck> Table = new CsvTable<Bottleneck>()
        .Column("rank", b => b.Rank)
        .Column("cause", b => b.Cause.Label)
        .Column("facility", b => b.Facility)
        .Column("kind", b => SnakeCase.Of(b.Kind))
        .Column("consignment_hours", b => b.ConsignmentHours)
        .Column("tonne_hours", b => b.TonneHours)
        .Column("share", b => b.Share)
        .Column("utilisation", b => b.Utilisation)
        .Column("closure_hours", b => b.ClosureHours);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the ranking, one line per cause.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<Bottleneck> ranking) => Table.Write(writer, ranking);
}
