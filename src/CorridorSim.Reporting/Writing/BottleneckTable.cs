using System.Text;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>The report's bottleneck section: <c>bottlenecks.csv</c> rounded for reading, and the rule behind it.</summary>
internal static class BottleneckTable
{
    public static IReadOnlyList<string> Header { get; } =
        ["rank", "facility", "kind", "utilisation", "waiting share", "closure hours", "binds because of"];

    public static void Append(StringBuilder md, IReadOnlyList<Bottleneck> ranking)
    {
        md.Append("## Bottlenecks\n\n");
        md.Append("Facilities ranked by their share of all consignment-hours spent waiting (means over replications). ");
        md.Append("A facility binds because of *capacity* when it is busy at least ")
            .Append(ReportNumber.Threshold(BottleneckRanking.CapacityUtilisation))
            .Append(" of the time, of *closures* when it stood closed at least ")
            .Append(ReportNumber.Threshold(BottleneckRanking.ClosureShareOfWindow))
            .Append(" of the measurement window, and otherwise of *upstream blocking*: cargo waits there though it is neither busy nor closed, so something downstream holds it.\n\n");
        MarkdownTable.Append(md, Header, Rows(ranking));
    }

    /// <summary>The table's cells, shared by <c>report.md</c> and <c>report.html</c>.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<Bottleneck> ranking) =>
        ranking.Select(b => (IReadOnlyList<string>)
        [
            b.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Facility, SnakeCase.Of(b.Kind),
            ReportNumber.Format(b.Utilisation), ReportNumber.Format(b.WaitingShare), ReportNumber.Format(b.ClosureHours),
            SnakeCase.Of(b.Reason),
        ]);
}
