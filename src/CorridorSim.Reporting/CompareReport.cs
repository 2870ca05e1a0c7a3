using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting;

/// <summary>
/// The result files of <c>corridorsim compare</c>: those <see cref="ResultFiles"/> lists for
/// <see cref="ResultCommand.Compare"/>, and one sub-folder per scenario with that scenario's run files.
/// </summary>
public static class CompareReport
{
    /// <summary>Writes a comparison into <paramref name="folder"/>; the first run is the one the others are compared with.</summary>
    public static void Write(
        string folder,
        IReadOnlyList<ScenarioRun> runs,
        IReadOnlyList<ComparisonRow> rows,
        RunContext context,
        CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs.Count, 1);
        Directory.CreateDirectory(folder);
        Folders.ResultFolder.Mark(folder);
        TableFile.Write(Path.Combine(folder, ResultFiles.Comparison.Name), w => ComparisonCsv.Write(w, rows));
        var folders = PartFolders.ForScenarios(runs.Select(r => r.Name).ToList());
        for (var i = 0; i < runs.Count; i++)
        {
            RunFolderWriter.Write(Path.Combine(folder, folders[i]), runs[i], context, cancellation);
        }

        var charts = CompareCharts.Build(rows);
        RunFolderWriter.SaveCharts(folder, charts, cancellation);
        ReportFile.WriteText(Path.Combine(folder, ResultFiles.Report.Name), CompareReportText.Build(runs, folders, rows, charts, context));
        ReportFile.WriteText(Path.Combine(folder, ResultFiles.Html.Name), Html.CompareHtml.Build(runs, folders, rows, charts, context));
        var parts = runs.Select((r, i) => new ManifestPart(folders[i], r.Name, ManifestJson.Sha256Of(r.ResolvedYaml))).ToList();
        var manifest = ManifestJson.For(string.Join(", ", runs.Select(r => r.Name)), string.Concat(runs.Select(r => r.ResolvedYaml)), context, parts);
        ManifestJson.Write(Path.Combine(folder, ResultFiles.Manifest.Name), manifest);
    }

    /// <summary>
    /// Writes a comparison as the experiment runner returns it; <paramref name="resolvedYamls"/> holds each
    /// scenario's resolved text, in the order of <see cref="ComparisonResult.Scenarios"/>.
    /// </summary>
    public static void Write(
        string folder,
        ComparisonResult comparison,
        IReadOnlyList<string> resolvedYamls,
        RunContext context,
        CancellationToken cancellation = default) =>
        Write(folder, RunsOf(comparison, resolvedYamls), comparison.Rows, context, cancellation);

    /// <summary>The same, with each scenario's overrides (<c>--set</c>, a variant's settings) for its title.</summary>
    public static void Write(
        string folder,
        ComparisonResult comparison,
        IReadOnlyList<string> resolvedYamls,
        IReadOnlyList<IReadOnlyList<string>> overrides,
        RunContext context,
        CancellationToken cancellation = default) =>
        Write(folder, RunsOf(comparison, resolvedYamls, overrides), comparison.Rows, context, cancellation);

    /// <summary>The scenarios of a comparison paired with their resolved texts, named by their specs.</summary>
    public static IReadOnlyList<ScenarioRun> RunsOf(ComparisonResult comparison, IReadOnlyList<string> resolvedYamls,
        IReadOnlyList<IReadOnlyList<string>>? overrides = null)
    {
        if (resolvedYamls.Count != comparison.Scenarios.Count)
        {
            throw new ArgumentException($"{comparison.Scenarios.Count} scenarios but {resolvedYamls.Count} resolved scenario texts.", nameof(resolvedYamls));
        }

        return comparison.Scenarios
            .Select((s, i) => new ScenarioRun(s.Spec.Name, resolvedYamls[i], s) { Overrides = overrides is not null && i < overrides.Count ? overrides[i] : [] })
            .ToList();
    }

    /// <summary>The answer in a few plain lines, for the console at the end of a comparison.</summary>
    public static string Headline(IReadOnlyList<ScenarioRun> runs, IReadOnlyList<ComparisonRow> rows) =>
        $"Comparison against {runs[0].Name} ({runs.Count} scenarios)\n" + string.Join("\n", CompareAnswer.Sentences(rows));
}
