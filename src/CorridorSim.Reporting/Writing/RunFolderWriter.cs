using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>Writes every file of one scenario's result folder: tables, charts, report, manifest and resolved scenario.</summary>
internal static class RunFolderWriter
{
    public static void Write(string folder, ScenarioRun run, RunContext context, CancellationToken cancellation)
    {
        Directory.CreateDirectory(folder);
        var result = run.Result;
        var ranking = BottleneckRanking.Rank(result);
        void Table(string name, Action<TextWriter> write)
        {
            cancellation.ThrowIfCancellationRequested();
            TableFile.Write(Path.Combine(folder, name), write);
        }

        Table(SummaryCsv.FileName, w => SummaryCsv.Write(w, result.Summary));
        Table(ReplicationsCsv.FileName, w => ReplicationsCsv.Write(w, result.Summary, result.Replications));
        Table(NodesCsv.FileName, w => NodesCsv.Write(w, result.Replications));
        Table(TimeseriesCsv.FileName, w => TimeseriesCsv.Write(w, result.Replications));
        Table(BottlenecksCsv.FileName, w => BottlenecksCsv.Write(w, ranking));
        if (context.Consignments != ConsignmentRecording.None)
        {
            Table(ConsignmentsCsv.FileName, w => ConsignmentsCsv.Write(w, result.Replications, context.Consignments, cancellation));
            Table(StagesCsv.FileName, w => StagesCsv.Write(w, result.Replications, context.Consignments, cancellation));
        }

        var charts = RunCharts.Build(result);
        SaveCharts(folder, charts, cancellation);
        ReportFile.WriteText(Path.Combine(folder, ReportFile.ReportName), RunReportText.Build(run, ranking, charts, context));
        ReportFile.WriteText(Path.Combine(folder, ReportFile.ResolvedScenarioName), run.ResolvedYaml);
        ManifestJson.Write(Path.Combine(folder, ManifestJson.FileName), ManifestJson.For(run.Name, run.ResolvedYaml, context));
    }

    public static void SaveCharts(string folder, IReadOnlyList<Chart> charts, CancellationToken cancellation)
    {
        var chartFolder = Path.Combine(folder, ChartsSection.Folder);
        Directory.CreateDirectory(chartFolder);
        foreach (var chart in charts)
        {
            cancellation.ThrowIfCancellationRequested();
            ChartRenderer.SavePng(chart, Path.Combine(chartFolder, chart.FileName));
        }
    }
}
