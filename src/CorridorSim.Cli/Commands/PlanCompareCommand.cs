using CorridorSim.Cli.Batch;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim plan compare …</c>: what <c>compare</c> would run, split into shards for a batch engine; runs nothing.</summary>
public sealed class PlanCompareCommand(CommandEnvironment environment) : Command<PlanCompareSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, PlanCompareSettings settings, CancellationToken cancellation) =>
        Planner.Execute(environment, settings, new CompareExperiment(CompareInput.Load(environment.Console, settings, null, cancellation).Select(s => s.Loaded).ToList()), cancellation);
}
