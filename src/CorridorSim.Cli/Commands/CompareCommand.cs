using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// <c>corridorsim compare A B [C...]</c>: every scenario on the same seeds, so each KPI's difference to the
/// first comes with a paired interval sharpened by common random numbers.
/// </summary>
public sealed class CompareCommand(CommandEnvironment environment) : Command<CompareSettings>
{
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellation)
    {
        var console = environment.Console;
        var loaded = ScenarioInput.OnTheFirstsSeeds(console,
            settings.Scenarios.Select(path => ScenarioInput.Load(console, path, settings.Overrides(), settings.Access(), cancellation)).ToList());
        var specs = loaded.Select(l => l.Spec!).ToList();
        var options = settings.ExperimentOptions();
        var started = DateTimeOffset.UtcNow;

        using var folder = ResultOutput.Open(settings, "compare-" + specs[0].Name, started);
        var total = specs.Count;
        var comparison = ProgressReporter.Run(console, settings.Quiet, $"compare {total} scenarios",
            report => new ExperimentRunner().Compare(specs, options,
                new ProgressCallback<ExperimentProgress>(p => report(p.ReplicationsDone, p.ReplicationsTotal)), cancellation));

        var first = comparison.Scenarios[0].Spec;
        var runContext = new RunContext(environment.CommandLine, first.Seed, first.Replications, options.ThreadCount,
            ProgramInfo.Version, started, options.Consignments);
        CompareReport.Write(folder.WorkingPath, comparison, loaded.Select(l => l.ResolvedYaml).ToList(), runContext, cancellation);
        var written = folder.Commit();

        var runs = comparison.Scenarios.Select((r, i) => new ScenarioRun(r.Spec.Name, loaded[i].ResolvedYaml, r)).ToList();
        console.WriteLine(CompareReport.Headline(runs, comparison.Rows));
        UserText.Line(console, "Results: ", written);
        return ExitCodes.Success;
    }
}
