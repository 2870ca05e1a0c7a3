using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// <c>corridorsim bottlenecks SCENARIO</c>: the scenario's replications, then one more unit of each busy capacity
/// and each customs post on its next digital regime, on the same seeds; writes the run's folder with
/// <c>marginal.csv</c>, its chart and report section, and prints the ranking.
/// </summary>
public sealed class BottlenecksCommand(CommandEnvironment environment) : Command<BottlenecksSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, BottlenecksSettings settings, CancellationToken cancellation)
    {
        var loaded = ScenarioInput.Load(environment.Console, settings.Scenario, settings.Overrides(), settings.Access(), cancellation);
        return ExperimentFlow.Execute(environment, settings, new MarginalExperiment(loaded, settings.Set), cancellation);
    }
}
