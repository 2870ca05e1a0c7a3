using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Html;

/// <summary>The <c>report.html</c> of a comparison: the answer of <c>report.md</c>, the headline table, the difference charts and links to each scenario's page.</summary>
public static class CompareHtml
{
    /// <summary>The whole page of a comparison.</summary>
    public static string Build(IReadOnlyList<ScenarioRun> runs, IReadOnlyList<string> folders, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<Chart> charts, RunContext context)
    {
        var headlineNames = HeadlineKpi.All.Select(h => h.Name).ToHashSet();
        var page = new HtmlPage("Comparison: " + string.Join(", ", runs.Select(r => r.Name)))
            .Heading("The answer")
            .Note($"Every scenario ran {context.Replications} replications on the same seeds, so each difference is paired; differences are against {runs[0].Name}, with their 95% intervals.")
            .Answer(CompareAnswer.Sentences(rows))
            .Heading("KPIs by scenario")
            .Table("kpis", CompareReportText.TableHeader, rows.Where(r => headlineNames.Contains(r.Kpi)).Select(CompareReportText.Cells), 1, 2, 9)
            .Heading("Charts");
        foreach (var chart in charts)
        {
            page.Chart(chart);
        }

        page.Heading("Scenarios").Links(runs.Select((run, i) =>
            ($"{folders[i]}/{ResultFiles.Html.Name}", run.Name, $": {CompareReportText.Binding(run)}.")));
        var scenarios = string.Join(" ", folders.Select(f => $"{f}/{ResultFiles.ResolvedScenario.Name}"));
        page.Heading("How to reproduce").Code(ReproduceSection.Command(context, $"compare {scenarios}"));
        return page.ToString();
    }
}
