using CorridorSim.Cli.Batch;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim plan sweep …</c>: what <c>sweep</c> would run, split into shards for a batch engine; runs nothing.</summary>
public sealed class PlanSweepCommand(CommandEnvironment environment) : Command<PlanSweepSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, PlanSweepSettings settings, CancellationToken cancellation) =>
        Planner.Execute(environment, settings, ScenarioInput.Sweep(environment.Console, ScenarioInput.Load(environment.Console, settings.Scenario, settings.Overrides()), settings.Vary), cancellation);
}
