using CorridorSim.Cli.Batch;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim plan run …</c>: what <c>run</c> would run, split into shards for a batch engine; runs nothing.</summary>
public sealed class PlanRunCommand(CommandEnvironment environment) : Command<PlanRunSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, PlanRunSettings settings, CancellationToken cancellation) =>
        Planner.Execute(environment, settings, new RunExperiment(ScenarioInput.Load(environment.Console, settings.Scenario, settings.Overrides())), cancellation);
}
