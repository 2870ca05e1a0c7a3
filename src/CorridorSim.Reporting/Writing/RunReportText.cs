using System.Text;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>The <c>report.md</c> of one scenario: the answer, the KPI table, the charts, the bottlenecks, how to reproduce.</summary>
public static class RunReportText
{
    /// <summary>The whole <c>report.md</c> of a run.</summary>
    public static string Build(ScenarioRun run, IReadOnlyList<Bottleneck> ranking, IReadOnlyList<Chart> charts, RunContext context)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(run.Title).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(run.Result.Spec.Description))
        {
            md.Append('*').Append(run.Result.Spec.Description.Trim()).Append("*\n\n");
        }

        md.Append("## The answer\n\n");
        foreach (var sentence in RunAnswer.Sentences(run.Result, ranking))
        {
            md.Append("- ").Append(sentence).Append('\n');
        }

        md.Append($"\nMeans over {run.Result.Replications.Count} replications; numbers are rounded for reading, exact values are in the CSV files.\n\n");
        md.Append("## Key performance indicators\n\n");
        KpiTable.Append(md, run.Result.Summary);
        ChartsSection.Append(md, charts, withMap: true);
        BottleneckTable.Append(md, ranking);
        if (run.Marginal is { } study)
        {
            MarginalSection.Append(md, study);
        }

        AppendFiles(md, context);
        ReproduceSection.Append(md, context, $"run {ResultFiles.ResolvedScenario.Name}");
        return md.ToString();
    }

    private static void AppendFiles(StringBuilder md, RunContext context)
    {
        var format = context.TableFormat;
        md.Append("## Files\n\n");
        md.Append($"- `{ResultFiles.Summary.Name}`: each KPI's mean, 95% interval and range over the replications.\n");
        md.Append($"- `{ResultFiles.Replications.Name}`: each replication's seed and KPIs.\n");
        md.Append($"- `{ResultFiles.Nodes.Name}`: what each facility did in each replication.\n");
        md.Append($"- `{ResultFiles.Bottlenecks.Name}`: the bottleneck ranking above.\n");
        md.Append($"- `{ResultFiles.Ports.Name}`, `{ResultFiles.Monthly.Name}`: units landed and shipped per port and year; demand and delivered per month.\n");
        md.Append($"- `{ResultFiles.Timeseries.In(format).Name}`: queues and busy capacity at the end of every day.\n");
        if (context.Consignments != ConsignmentRecording.None)
        {
            var which = context.Consignments == ConsignmentRecording.First ? "the first replication" : "every replication";
            md.Append($"- `{ResultFiles.Consignments.In(format).Name}` and `{ResultFiles.Stages.In(format).Name}`: every consignment and its stages, for {which}.\n");
            md.Append($"- `{ResultFiles.Sailings.Name}` and `{ResultFiles.Trains.Name}`: every departure of a vessel and every corridor train, for {which}.\n");
        }

        md.Append('\n');
    }
}
