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
        var loaded = settings.Scenarios.Select(path => ScenarioInput.Load(environment.Console, path, settings.Overrides())).ToList();
        return ExperimentFlow.Execute(environment, settings, new CompareExperiment(loaded), cancellation);
    }
}
