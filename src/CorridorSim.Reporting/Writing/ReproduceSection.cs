using System.Text;

namespace CorridorSim.Reporting.Writing;

/// <summary>The closing section of every report: the command, seed, replications and version that reproduce it.</summary>
internal static class ReproduceSection
{
    public static void Append(StringBuilder md, RunContext context, string verbAndScenarios)
    {
        md.Append("## How to reproduce\n\n");
        md.Append("The command that made this folder:\n\n```sh\n").Append(context.CommandLine).Append("\n```\n\n");
        md.Append($"Seed {context.Seed}, {context.Replications} replications, {context.Threads} threads, CorridorSim {context.ProgramVersion}, ");
        md.Append($"started {context.StartedUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (all in `manifest.json`). ");
        md.Append("`scenario.resolved.yaml` holds each scenario after `extends` and `--set`; running it again with the same seed ");
        md.Append("and replications gives byte-identical CSV files, whatever the thread count:\n\n");
        md.Append("```sh\n").Append(Command(context, verbAndScenarios)).Append("\n```\n");
    }

    /// <summary>
    /// The command that writes the same CSV files again: every option that changes a file (seed, replications,
    /// which replications get per-consignment files, the big tables' format), the scenarios as resolved.
    /// </summary>
    public static string Command(RunContext context, string verbAndScenarios) =>
        $"corridorsim {verbAndScenarios} --seed {context.Seed} --replications {context.Replications} --consignments {ManifestJson.ConsignmentsOption(context.Consignments)}"
        + (context.TableFormat == TableFormat.Csv ? " --table-format csv" : "");
}
