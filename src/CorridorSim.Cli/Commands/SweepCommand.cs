using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim sweep SCENARIO --vary key=v1,v2,...</c>: every combination of the varied values, each with its replications.</summary>
public sealed class SweepCommand(CommandEnvironment environment) : Command<SweepSettings>
{
    public override int Execute(CommandContext context, SweepSettings settings, CancellationToken cancellation)
    {
        var console = environment.Console;
        var loaded = ScenarioInput.Load(console, settings.Scenario, settings.Overrides(), settings.Access(), cancellation);
        var grid = SweepGrid.Parse(settings.Vary);

        // Every point is mapped and checked before anything runs, so a bad value stops the sweep at once.
        var points = grid.Points
            .Select(point => ScenarioInput.ApplyPoint(console, loaded,
                point.Select(s => ScenarioOverrides.Parse($"{s.Key}={s.Value}")).ToList()))
            .ToList();
        var specAt = grid.Points.Select((point, i) => (point, points[i].Spec!)).ToList();

        var spec = loaded.Spec!;
        var options = settings.ExperimentOptions();
        var started = DateTimeOffset.UtcNow;
        using var folder = ResultOutput.Open(settings, "sweep-" + spec.Name, started);
        var sweep = ProgressReporter.Run(console, settings.Quiet, $"sweep {grid.Points.Count} points",
            report => new ExperimentRunner().Sweep(grid, at => specAt.First(p => p.point.SequenceEqual(at)).Item2, options,
                new ProgressCallback<ExperimentProgress>(p => report(p.ReplicationsDone, p.ReplicationsTotal)), cancellation));

        var runContext = new RunContext(environment.CommandLine, spec.Seed, spec.Replications, options.ThreadCount,
            ProgramInfo.Version, started, options.Consignments);
        SweepReport.Write(folder.WorkingPath, spec.Name, sweep, points.Select(p => p.ResolvedYaml).ToList(), runContext, cancellation);
        var written = folder.Commit();

        var runs = sweep.Points.Select((p, i) => new SweepRun(p, points[i].ResolvedYaml)).ToList();
        console.WriteLine(SweepReport.Headline(spec.Name, sweep.Keys, runs));
        UserText.Line(console, "Results: ", written);
        return ExitCodes.Success;
    }
}
