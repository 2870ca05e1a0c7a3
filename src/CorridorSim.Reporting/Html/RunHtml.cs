using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Map;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Html;

/// <summary>
/// The <c>report.html</c> of one scenario: the answer (the sentences of <c>report.md</c>), the map, the KPI
/// table, the charts and the bottleneck ranking, built from the same rows and series as <c>report.md</c>
/// and the PNG charts.
/// </summary>
public static class RunHtml
{
    /// <summary>The whole page of a run.</summary>
    public static string Build(ScenarioRun run, IReadOnlyList<Bottleneck> ranking, IReadOnlyList<Chart> charts, CorridorMap map, RunContext context)
    {
        var result = run.Result;
        var page = new HtmlPage(run.Name)
            .Description(result.Spec.Description)
            .Heading("The answer")
            .Answer(RunAnswer.Sentences(result, ranking))
            .Note($"Means over {result.Replications.Count} replications; numbers are rounded for reading, exact values are in the CSV files.")
            .Heading("Map")
            .Note("Line width by tonnes carried a year; sea services dashed and curved; each place coloured by the share of all consignment-hours spent waiting that is charged to it (its berths, steps, yards, closures). Point at a place for its utilisation, mean wait and what its cargo waits for.")
            .Raw(SvgMap.Render(map))
            .Heading("Key performance indicators")
            .Table("kpis", KpiTable.Header, KpiTable.Rows(result.Summary), 1)
            .Heading("Charts");
        foreach (var chart in charts.Where(c => c.FileName != MapChart.FileName))
        {
            page.Chart(chart);
        }

        page.Heading("Bottlenecks")
            .Note(BottleneckTable.Introduction(ranking))
            .Table("bottlenecks", BottleneckTable.Header, BottleneckTable.Cells(ranking), 1, 2, 3, 4)
            .Heading("How to reproduce")
            .Code(ReproduceSection.Command(context, $"run {ResultFiles.ResolvedScenario.Name}"));
        return page.ToString();
    }
}
