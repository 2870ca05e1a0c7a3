using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// <c>corridorsim compare A B [C...]</c>: every scenario on the same seeds, so each KPI's difference to the
/// first comes with a paired interval sharpened by common random numbers.
/// </summary>
public sealed class CompareCommand(CommandEnvironment environment) : Command<CompareSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellation)
    {
        var scenarios = CompareInput.Load(environment.Console, settings, settings.Access(), cancellation);
        var loaded = ScenarioInput.OnTheFirstsSeeds(environment.Console, scenarios.Select(s => s.Loaded).ToList());
        return ExperimentFlow.Execute(environment, settings, new CompareExperiment(loaded, scenarios.Select(s => s.Overrides).ToList()), cancellation);
    }
}
