using System.Text;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Writing;

/// <summary>The report's KPI table: <c>summary.csv</c> with its numbers rounded for reading.</summary>
internal static class KpiTable
{
    public static IReadOnlyList<string> Header { get; } =
        ["KPI", "unit", "mean", "95% low", "95% high", "min", "max", "replications"];

    public static void Append(StringBuilder md, IReadOnlyList<KpiSummary> summary) => MarkdownTable.Append(md, Header, Rows(summary));

    /// <summary>The table's cells, shared by <c>report.md</c> and <c>report.html</c>.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<KpiSummary> summary) =>
        summary.Select(k => (IReadOnlyList<string>)
        [
            k.Kpi, k.Unit, ReportNumber.Format(k.Mean), ReportNumber.Format(k.Ci95Low), ReportNumber.Format(k.Ci95High),
            ReportNumber.Format(k.Min), ReportNumber.Format(k.Max), k.Replications.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);
}
