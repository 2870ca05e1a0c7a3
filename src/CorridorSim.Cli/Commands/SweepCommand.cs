using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim sweep SCENARIO --vary key=v1,v2,...</c>: every combination of the varied values, each with its replications.</summary>
public sealed class SweepCommand(CommandEnvironment environment) : Command<SweepSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, SweepSettings settings, CancellationToken cancellation) =>
        ExperimentFlow.Execute(environment, settings, ScenarioInput.Sweep(environment.Console, ScenarioInput.Load(environment.Console, settings.Scenario, settings.Overrides()), settings.Vary), cancellation);
}
