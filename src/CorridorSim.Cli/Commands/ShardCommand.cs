using CorridorSim.Cli.Batch;
using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Batch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// <c>corridorsim shard DIR/plan.json [--index K]</c>: runs shard K's work items into <c>DIR/shards/K/</c>,
/// whole or not at all. A finished shard is left alone (running it again does nothing); one a kill left
/// half-done is removed and started again.
/// </summary>
public sealed class ShardCommand(CommandEnvironment environment) : Command<ShardSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ShardSettings settings, CancellationToken cancellation)
    {
        var console = environment.Console;
        var planPath = PlanPaths.File(settings.Plan);
        var plan = PlanFile.Read(planPath, ProgramInfo.Version);
        var planFolder = Path.GetDirectoryName(planPath)!;
        var index = ShardIndex.Resolve(settings.Index, plan.Shards.Count, Environment.GetEnvironmentVariable);
        var final = ShardFolder.PathOf(planFolder, index);
        var items = plan.Shards[index].Count;
        if (Directory.Exists(final))
        {
            if (ShardMarker.ReadFrom(final) is not { } marker || !marker.Completes(plan, index))
            {
                throw new PlanFileException(final, "is not a finished shard of this plan; delete it and run the shard again");
            }

            console.MarkupLineInterpolated($"Shard {index} of {plan.Shards.Count} is already complete ({items} work items): [bold]{final}[/]");
            return ExitCodes.Success;
        }

        var experiment = PlannedExperiment.Load(console, plan, planPath);
        using var folder = PlanPaths.Claim(final, force: false);
        ProgressReporter.Run(console, settings.Quiet, $"shard {index}: {items} work items", report =>
        {
            ShardRunner.Run(plan, index, experiment.Specs, folder.WorkingPath, ProgramInfo.Version, settings.Threads, environment.Time,
                new ProgressCallback<ExperimentProgress>(p => report(p.ReplicationsDone, p.ReplicationsTotal)), cancellation);
            return 0;
        });
        var written = folder.Commit();
        console.MarkupLineInterpolated($"Shard {index} of {plan.Shards.Count}: {items} work items in [bold]{written}[/]");
        return ExitCodes.Success;
    }
}
