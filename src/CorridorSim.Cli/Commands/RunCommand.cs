using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim run SCENARIO</c>: every replication of one scenario, and every result file.</summary>
public sealed class RunCommand(CommandEnvironment environment) : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellation)
    {
        var console = environment.Console;
        var loaded = ScenarioInput.Load(console, settings.Scenario, settings.Overrides(), settings.Access(), cancellation);
        var spec = loaded.Spec!;
        var options = settings.ExperimentOptions();
        var started = DateTimeOffset.UtcNow;

        // The folder is claimed before the run so an existing --out is refused before hours of work.
        using var folder = ResultOutput.Open(settings, spec.Name, started);
        var result = ProgressReporter.Run(console, settings.Quiet, $"{spec.Name}: {spec.Replications} replications",
            report => new ExperimentRunner().Run(spec, options,
                new ProgressCallback<ExperimentProgress>(p => report(p.ReplicationsDone, p.ReplicationsTotal)), cancellation));

        var run = new ScenarioRun(spec.Name, loaded.ResolvedYaml, result);
        var runContext = new RunContext(environment.CommandLine, spec.Seed, spec.Replications, options.ThreadCount,
            ProgramInfo.Version, started, options.Consignments);
        RunReport.Write(folder.WorkingPath, run, runContext, cancellation);
        var written = folder.Commit();

        console.WriteLine(RunReport.Headline(run));
        KpiTable.Print(console, result.Summary);
        UserText.Line(console, "Results: ", written);
        return ExitCodes.Success;
    }
}
