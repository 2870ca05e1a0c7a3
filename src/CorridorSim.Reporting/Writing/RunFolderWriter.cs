using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Html;
using CorridorSim.Reporting.Map;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>Writes every file of one scenario's result folder: tables, charts, report, manifest and resolved scenario.</summary>
/// <remarks>Which files a folder holds, and which only with per-consignment files, is <see cref="ResultFiles"/>' to say.</remarks>
internal static class RunFolderWriter
{
    /// <summary>Writes the folder's files into <paramref name="folder"/>, creating it.</summary>
    /// <remarks>
    /// <paramref name="withPage"/> false leaves out <c>report.html</c> (a point of a large sweep);
    /// <paramref name="recorded"/>, when its tables were started during the run, writes the per-consignment tables instead.
    /// </remarks>
    public static void Write(
        string folder, ScenarioRun run, RunContext context, CancellationToken cancellation, bool withPage = true, RecordedTables? recorded = null)
    {
        Directory.CreateDirectory(folder);
        Folders.ResultFolder.Mark(folder);
        var result = run.Result;
        var ranking = BottleneckRanking.Rank(result);
        var withConsignments = context.Consignments != ConsignmentRecording.None;
        using var background = new BackgroundWrites();
        void Table(ResultFile file, Action<TextWriter> write)
        {
            cancellation.ThrowIfCancellationRequested();
            if (file.IsWrittenBy(ResultCommand.Run, withConsignments))
            {
                TableFile.Write(Path.Combine(folder, file.Name), write);
            }
        }

        var replications = result.Replications;
        var charts = RunCharts.Build(result);
        var map = CorridorMap.Of(result.Spec, result, ranking);

        // The big tables on other cores while this thread writes the small ones and the report, the longest
        // first. ScottPlot draws the charts, the map and the marginal chart one after the other on one of them
        // (one renderer at a time).
        if (recorded is not { Started: true })
        {
            BigTables.StartPerConsignment(background, folder, replications, context, cancellation);
        }

        background.Start(() =>
        {
            SaveCharts(folder, charts, cancellation);
            cancellation.ThrowIfCancellationRequested();
            MapChart.SavePng(map, Path.Combine(folder, ResultFiles.Charts.Name, MapChart.FileName));
            if (run.Marginal is { } study)
            {
                // Shown in the report's own marginal section, so kept out of the run's chart list.
                SaveCharts(folder, [MarginalChart.Build(study.Rows)], cancellation);
            }
        });
        BigTables.StartTimeseries(background, folder, replications, context, cancellation);

        Table(ResultFiles.Summary, w => SummaryCsv.Write(w, result.Summary));
        Table(ResultFiles.Replications, w => ReplicationsCsv.Write(w, result.Summary, replications));
        Table(ResultFiles.Nodes, w => NodesCsv.Write(w, replications));
        Table(ResultFiles.Bottlenecks, w => BottlenecksCsv.Write(w, ranking));
        Table(ResultFiles.Sailings, w => SailingsCsv.Write(w, replications, context.Consignments));
        Table(ResultFiles.Trains, w => TrainsCsv.Write(w, replications, context.Consignments));
        Table(ResultFiles.Ports, w => PortsCsv.Write(w, PortRows.Of(result)));
        Table(ResultFiles.Monthly, w => MonthlyCsv.Write(w, MonthlyRows.Of(result)));
        if (run.Marginal is { } marginal)
        {
            TableFile.Write(Path.Combine(folder, ResultFiles.Marginal.Name), w => MarginalCsv.Write(w, marginal.Rows));
        }

        cancellation.ThrowIfCancellationRequested();
        ReportFile.WriteText(Path.Combine(folder, ResultFiles.Report.Name), RunReportText.Build(run, ranking, charts, context));
        if (withPage)
        {
            ReportFile.WriteText(Path.Combine(folder, ResultFiles.Html.Name), RunHtml.Build(run, ranking, charts, map, context));
        }

        background.Finish();
        recorded?.Finish();
        ReportFile.WriteText(Path.Combine(folder, ResultFiles.ResolvedScenario.Name), run.ResolvedYaml);
        ManifestJson.Write(Path.Combine(folder, ResultFiles.Manifest.Name), ManifestJson.For(run.Name, run.ResolvedYaml, context));
    }

    /// <summary>Renders <paramref name="charts"/> into the folder's <c>charts</c> folder.</summary>
    public static void SaveCharts(string folder, IReadOnlyList<Chart> charts, CancellationToken cancellation)
    {
        var chartFolder = Path.Combine(folder, ResultFiles.Charts.Name);
        Directory.CreateDirectory(chartFolder);
        foreach (var chart in charts)
        {
            cancellation.ThrowIfCancellationRequested();
            ChartRenderer.SavePng(chart, Path.Combine(chartFolder, chart.FileName));
        }
    }
}
