using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting;

/// <summary>
/// The result files of <c>corridorsim run</c>: the tables, charts, report, manifest and resolved scenario
/// that <see cref="ResultFiles"/> lists for <see cref="ResultCommand.Run"/>, the per-consignment tables as
/// <see cref="RunContext.Consignments"/> asks.
/// </summary>
public static class RunReport
{
    /// <summary>Writes every result file of one scenario into <paramref name="folder"/> (a <see cref="Folders.ResultFolder"/>'s working path).</summary>
    public static void Write(string folder, ScenarioRun run, RunContext context, CancellationToken cancellation = default) =>
        RunFolderWriter.Write(folder, run, context, cancellation);

    /// <summary>The answer in a few plain lines, for the console at the end of a run.</summary>
    public static string Headline(ScenarioRun run)
    {
        var sentences = RunAnswer.Sentences(run.Result, BottleneckRanking.Rank(run.Result));
        return $"{run.Title} ({run.Result.Replications.Count} replications)\n" + string.Join("\n", sentences);
    }
}
