using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting;

/// <summary>
/// The result files of <c>corridorsim sweep</c>: those <see cref="ResultFiles"/> lists for
/// <see cref="ResultCommand.Sweep"/>, and one sub-folder per point (<c>point-00</c>, …) with that point's run files.
/// </summary>
public static class SweepReport
{
    /// <summary>
    /// The most points whose folders get a <c>report.html</c> of their own: each page inlines its map and
    /// charts (a few hundred kilobytes), and past this many a planner reads the sweep's own page instead.
    /// </summary>
    public const int MaxPointPages = 24;

    /// <summary>Writes a sweep of <paramref name="scenarioName"/> over <paramref name="keys"/> into <paramref name="folder"/>.</summary>
    public static void Write(
        string folder,
        string scenarioName,
        IReadOnlyList<string> keys,
        IReadOnlyList<SweepRun> points,
        RunContext context,
        CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder);
        Folders.ResultFolder.Mark(folder);
        var sweepPoints = points.Select(p => p.Point).ToList();
        TableFile.Write(Path.Combine(folder, ResultFiles.Sweep.Name), w => SweepCsv.Write(w, keys, sweepPoints));
        var folders = points.Select(p => PartFolders.ForPoint(p.Point.Point, points.Count)).ToList();
        for (var i = 0; i < points.Count; i++)
        {
            var run = new ScenarioRun(scenarioName, points[i].ResolvedYaml, points[i].Point.Result);
            RunFolderWriter.Write(Path.Combine(folder, folders[i]), run, context, cancellation, withPage: points.Count <= MaxPointPages);
        }

        var charts = SweepCharts.Build(keys, sweepPoints);
        RunFolderWriter.SaveCharts(folder, charts, cancellation);
        ReportFile.WriteText(Path.Combine(folder, ResultFiles.Report.Name), SweepReportText.Build(scenarioName, keys, sweepPoints, folders, charts, context));
        ReportFile.WriteText(Path.Combine(folder, ResultFiles.Html.Name), Html.SweepHtml.Build(scenarioName, keys, sweepPoints, folders, charts, context, points.Count <= MaxPointPages));
        var parts = points.Select((p, i) => new ManifestPart(folders[i], SweepAnswer.PointName(keys, p.Point), ManifestJson.Sha256Of(p.ResolvedYaml))).ToList();
        var manifest = ManifestJson.For(scenarioName, string.Concat(points.Select(p => p.ResolvedYaml)), context, parts);
        ManifestJson.Write(Path.Combine(folder, ResultFiles.Manifest.Name), manifest);
    }

    /// <summary>
    /// Writes a sweep as the experiment runner returns it; <paramref name="resolvedYamls"/> holds each
    /// point's resolved text, in the order of <see cref="SweepResult.Points"/>.
    /// </summary>
    public static void Write(
        string folder,
        string scenarioName,
        SweepResult sweep,
        IReadOnlyList<string> resolvedYamls,
        RunContext context,
        CancellationToken cancellation = default) =>
        Write(folder, scenarioName, sweep.Keys, RunsOf(sweep, resolvedYamls), context, cancellation);

    /// <summary>The points of a sweep paired with their resolved texts.</summary>
    public static IReadOnlyList<SweepRun> RunsOf(SweepResult sweep, IReadOnlyList<string> resolvedYamls)
    {
        if (resolvedYamls.Count != sweep.Points.Count)
        {
            throw new ArgumentException($"{sweep.Points.Count} sweep points but {resolvedYamls.Count} resolved scenario texts.", nameof(resolvedYamls));
        }

        return sweep.Points.Select((p, i) => new SweepRun(p, resolvedYamls[i])).ToList();
    }

    /// <summary>The answer in a few plain lines, for the console at the end of a sweep.</summary>
    public static string Headline(string scenarioName, IReadOnlyList<string> keys, IReadOnlyList<SweepRun> points) =>
        $"Sweep of {string.Join(", ", keys)} on {scenarioName} ({points.Count} points)\n"
        + string.Join("\n", SweepAnswer.Sentences(keys, points.Select(p => p.Point).ToList()));
}
