using System.Text;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>The <c>report.md</c> of a sweep: where each headline KPI's curve bends, the sweep table, the charts, the points, how to reproduce.</summary>
public static class SweepReportText
{
    /// <summary>The header of the sweep table in <c>report.md</c>, one column per varied key.</summary>
    public static IReadOnlyList<string> TableHeader(IReadOnlyList<string> keys) =>
        ["point", .. keys, "KPI", "unit", "mean", "95% low", "95% high"];

    /// <summary>The whole <c>report.md</c> of a sweep.</summary>
    public static string Build(
        string scenarioName,
        IReadOnlyList<string> keys,
        IReadOnlyList<SweepPoint> points,
        IReadOnlyList<string> folders,
        IReadOnlyList<Chart> charts,
        RunContext context)
    {
        var md = new StringBuilder();
        md.Append($"# Sweep of {string.Join(", ", keys)} on {scenarioName}\n\n");
        md.Append("## The answer\n\n");
        foreach (var sentence in SweepAnswer.Sentences(keys, points))
        {
            md.Append("- ").Append(sentence).Append('\n');
        }

        md.Append($"\nEach point ran {context.Replications} replications on the same seeds. Each curve's peak is its best point; beyond it the curve flattens when every further point is within the peak's 95% interval (within {ReportNumber.Threshold(CurvePeak.LevelShareWithoutInterval)} of it with one replication), otherwise it rises or falls. Numbers are rounded for reading; exact values are in `sweep.csv`.\n\n");
        md.Append("## Headline KPIs at each point\n\n");
        var rows = points.SelectMany(p => HeadlineKpi.All
            .Select(h => p.Result.Summary.FirstOrDefault(s => s.Kpi == h.Name))
            .OfType<KpiSummary>()
            .Select(k => (IReadOnlyList<string>)
            [
                p.Point.ToString(System.Globalization.CultureInfo.InvariantCulture), .. SweepSettings.ValuesOf(p, keys), k.Kpi, k.Unit,
                ReportNumber.Format(k.Mean), ReportNumber.Format(k.Ci95Low), ReportNumber.Format(k.Ci95High),
            ]));
        MarkdownTable.Append(md, TableHeader(keys), rows);
        md.Append("Every KPI, per flow too, is in `sweep.csv`.\n\n");
        ChartsSection.Append(md, charts);
        md.Append("## Points\n\n");
        for (var i = 0; i < points.Count; i++)
        {
            md.Append($"- [{SweepAnswer.PointName(keys, points[i])}]({folders[i]}/{ResultFiles.Report.Name})\n");
        }

        md.Append('\n');
        var varies = string.Join(" ", keys.Select(k => $"--vary {k}={string.Join(",", points.Select(p => SweepSettings.ValuesOf(p, [k])[0]).Distinct())}"));
        var first = folders.Count > 0 ? $"{folders[0]}/{ResultFiles.ResolvedScenario.Name}" : ResultFiles.ResolvedScenario.Name;
        ReproduceSection.Append(md, context, $"sweep {first} {varies}");
        return md.ToString();
    }
}
