using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Reporting.Writing;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>A loaded scenario over a grid of values, as <c>sweep</c> writes it.</summary>
/// <param name="loaded">The scenario with the command line's overrides.</param>
/// <param name="vary">The <c>--vary</c> texts the grid was read from.</param>
/// <param name="grid">The points to run.</param>
/// <param name="points">The scenario at each point of <paramref name="grid"/>, in point order, already checked.</param>
internal sealed class SweepExperiment(ScenarioLoadResult loaded, IReadOnlyList<string> vary, SweepGrid grid, IReadOnlyList<ScenarioLoadResult> points)
    : CommandExperiment<SweepResult>
{
    private readonly CorridorSpec _spec = loaded.Spec!;

    private IReadOnlyList<string> ResolvedYamls => points.Select(p => p.ResolvedYaml).ToList();

    public override ExperimentKind Kind => ExperimentKind.Sweep;

    public override IReadOnlyList<CorridorSpec> Specs => points.Select(p => p.Spec!).ToList();

    public override IReadOnlyList<string> PlannedScenarios => [loaded.ResolvedYaml];

    public override IReadOnlyList<string> Vary => vary;

    public override IReadOnlyList<IReadOnlyList<string>> PointOverrides =>
        grid.Points.Select(point => (IReadOnlyList<string>)point.Select(s => $"{s.Key}={s.Value}").ToList()).ToList();

    public override string FolderName => "sweep-" + _spec.Name;

    public override string ProgressLabel => $"sweep {grid.Points.Count} points";

    public override CorridorSpec Reference => _spec;

    public override SweepResult Run(ExperimentRunner runner, ExperimentOptions options, IProgress<ExperimentProgress> progress, RecordedTables? recorded, CancellationToken cancellation)
    {
        var specAt = grid.Points.Select((point, i) => (point, points[i].Spec!)).ToList();
        return runner.Sweep(grid, at => specAt.First(p => p.point.SequenceEqual(at)).Item2, options, progress, cancellation);
    }

    public override void Write(string folder, SweepResult result, RunContext context, RecordedTables? recorded, CancellationToken cancellation) =>
        SweepReport.Write(folder, _spec.Name, result, ResolvedYamls, context, cancellation);

    public override void Tell(IAnsiConsole console, SweepResult result) =>
        console.WriteLine(SweepReport.Headline(_spec.Name, result.Keys, SweepReport.RunsOf(result, ResolvedYamls)));
}
