using System.Globalization;
using System.Text;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Writing;

/// <summary>The report's bottleneck section: the first rows of <c>bottlenecks.csv</c> rounded for reading, and the rule behind them.</summary>
internal static class BottleneckTable
{
    /// <summary>Causes the report lists; <c>bottlenecks.csv</c> has them all.</summary>
    public const int Rows = 20;

    public static IReadOnlyList<string> Header { get; } =
        ["rank", "cause", "what cargo waits for", "facility", "kind", "consignment-hours", "tonne-hours", "share", "utilisation", "closure hours"];

    public static void Append(StringBuilder md, IReadOnlyList<Bottleneck> ranking)
    {
        md.Append("## Bottlenecks\n\n");
        md.Append(Introduction(ranking));
        md.Append("\n\n");
        MarkdownTable.Append(md, Header, Cells(ranking));
    }

    /// <summary>The paragraph before the table: what is ranked, how vessel waits are charged, the busy threshold.</summary>
    public static string Introduction(IReadOnlyList<Bottleneck> ranking)
    {
        var text = "What cargo waits for, ranked by the share of all consignment-hours spent waiting charged to it (means over replications). "
            + "A wait for a vessel is charged to what that service's vessels were doing meanwhile — waiting for a berth or at a berth at some port, at sea, closed in, under repair, waiting for a full load — so cargo that waits at one port because the vessels queue at another is charged to the other port's berths. "
            + $"Utilisation is that of the capacity the cause belongs to; a capacity busy at least {ReportNumber.Threshold(BottleneckRanking.CapacityUtilisation)} of the time queues arrivals steeply.";
        return ranking.Count > Rows ? text + $" The first {Rows} of {ranking.Count} causes; `bottlenecks.csv` has them all." : text;
    }

    /// <summary>The first <see cref="Rows"/> rows' cells, shared by <c>report.md</c> and <c>report.html</c>.</summary>
    public static IEnumerable<IReadOnlyList<string>> Cells(IReadOnlyList<Bottleneck> ranking) =>
        ranking.Take(Rows).Select(b => (IReadOnlyList<string>)
        [
            b.Rank.ToString(CultureInfo.InvariantCulture), b.Cause.Label, b.Cause.Words(), b.Facility, SnakeCase.Of(b.Kind),
            ReportNumber.Format(b.ConsignmentHours), ReportNumber.Format(b.TonneHours), ReportNumber.Format(b.Share),
            ReportNumber.Format(b.Utilisation), ReportNumber.Format(b.ClosureHours),
        ]);
}
