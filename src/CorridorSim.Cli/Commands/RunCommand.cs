using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim run SCENARIO</c>: every replication of one scenario, and every result file.</summary>
public sealed class RunCommand(CommandEnvironment environment) : Command<RunCommandSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, RunCommandSettings settings, CancellationToken cancellation)
    {
        var loaded = ScenarioInput.Load(environment.Console, settings.Scenario, settings.Overrides(), settings.Access(), cancellation);
        return settings.Marginal
            ? ExperimentFlow.Execute(environment, settings, new MarginalExperiment(loaded, settings.Set), cancellation)
            : ExperimentFlow.Execute(environment, settings, new RunExperiment(loaded, settings.Set), cancellation);
    }
}
