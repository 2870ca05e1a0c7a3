using System.Text;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Writing;

/// <summary>The <c>report.md</c> of a comparison: the answer per headline KPI, the comparison table, the charts, the scenarios, how to reproduce.</summary>
public static class CompareReportText
{
    /// <summary>The header of the comparison table in <c>report.md</c>.</summary>
    public static IReadOnlyList<string> TableHeader { get; } =
        ["KPI", "unit", "scenario", "mean", "95% low", "95% high", "diff vs first", "diff 95% low", "diff 95% high", "significant"];

    /// <summary>The whole <c>report.md</c> of a comparison.</summary>
    public static string Build(
        IReadOnlyList<ScenarioRun> runs,
        IReadOnlyList<string> folders,
        IReadOnlyList<ComparisonRow> rows,
        IReadOnlyList<Chart> charts,
        RunContext context)
    {
        var md = new StringBuilder();
        md.Append("# Comparison: ").Append(string.Join("; ", runs.Select(r => r.Title))).Append("\n\n");
        md.Append("## The answer\n\n");
        md.Append($"Every scenario ran {context.Replications} replications on the same seeds, so each difference is paired; differences are against {runs[0].Name}, with their 95% intervals.\n\n");
        foreach (var sentence in CompareAnswer.Sentences(rows))
        {
            md.Append("- ").Append(sentence).Append('\n');
        }

        md.Append("\nNumbers are rounded for reading; exact values are in `comparison.csv`.\n\n");
        md.Append("## KPIs by scenario\n\n");
        var headlineNames = HeadlineKpi.All.Select(h => h.Name).ToHashSet();
        MarkdownTable.Append(md, TableHeader, rows.Where(r => headlineNames.Contains(r.Kpi)).Select(Cells));
        md.Append("Every KPI, per flow too, is in `comparison.csv`.\n\n");
        ChartsSection.Append(md, charts);
        md.Append("## Scenarios\n\n");
        for (var i = 0; i < runs.Count; i++)
        {
            md.Append($"- [{runs[i].Name}]({folders[i]}/{ResultFiles.Report.Name}): {Binding(runs[i])}.\n");
        }

        md.Append('\n');
        var scenarios = string.Join(" ", folders.Select(f => $"{f}/{ResultFiles.ResolvedScenario.Name}"));
        ReproduceSection.Append(md, context, $"compare {scenarios}");
        return md.ToString();
    }

    /// <summary>What binds in one scenario, in the few words the list of scenarios gives it.</summary>
    internal static string Binding(ScenarioRun run)
    {
        var top = BottleneckRanking.Rank(run.Result).FirstOrDefault();
        return top is null || !(top.Share > 0) ? "nothing binds" : $"cargo waits most for {top.Cause.Words()}";
    }

    internal static IReadOnlyList<string> Cells(ComparisonRow r) =>
    [
        r.Kpi, r.Unit, r.Scenario, ReportNumber.Format(r.Mean), ReportNumber.Format(r.Ci95Low), ReportNumber.Format(r.Ci95High),
        ReportNumber.Signed(r.DiffVsFirst), ReportNumber.Signed(r.DiffCi95Low), ReportNumber.Signed(r.DiffCi95High),
        r.Significant ? "yes" : "no",
    ];
}
