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
    /// <param name="recorded">The per-consignment tables started into the same folder while the replications ran, if any.</param>
    public static void Write(string folder, ScenarioRun run, RunContext context, CancellationToken cancellation = default, RecordedTables? recorded = null) =>
        RunFolderWriter.Write(folder, run, context, cancellation, recorded: recorded);

    /// <summary>The answer in a few plain lines, for the console at the end of a run.</summary>
    public static string Headline(ScenarioRun run)
    {
        var sentences = RunAnswer.Sentences(run.Result, BottleneckRanking.Rank(run.Result));
        return $"{run.Title} ({run.Result.Replications.Count} replications)\n" + string.Join("\n", sentences);
    }
}
