using System.Globalization;
using CorridorSim.Cli.Batch;
using CorridorSim.Experiments.Batch;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// <c>corridorsim merge DIR [--out RESULT]</c>: once every shard of the plan is finished, writes the result
/// folder (default <c>DIR/result</c>) exactly as the local <c>run</c>, <c>compare</c> or <c>sweep</c> would —
/// the CSV files byte for byte.
/// </summary>
public sealed class MergeCommand(CommandEnvironment environment) : Command<MergeSettings>
{
    /// <summary>How many missing shards the error lists by name before it says how many more.</summary>
    private const int MissingListed = 10;

    /// <inheritdoc/>
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellation)
    {
        var planPath = PlanPaths.File(settings.Plan);
        var plan = PlanFile.Read(planPath, ProgramInfo.Version);
        var planFolder = Path.GetDirectoryName(planPath)!;
        var missing = ShardSet.Missing(plan, planFolder);
        if (missing.Count > 0)
        {
            var listed = string.Join(", ", missing.Take(MissingListed).Select(k => k.ToString(CultureInfo.InvariantCulture)))
                + (missing.Count > MissingListed ? $" and {missing.Count - MissingListed} more" : "");
            throw new PlanFileException(planFolder, string.Create(CultureInfo.InvariantCulture,
                $"{missing.Count} of {plan.Shards.Count} shards are missing or unfinished ({listed}); nothing was merged. "
                + $"Run each with: corridorsim shard {planPath} --index K (first: --index {missing[0]}), then merge again"));
        }

        var experiment = PlannedExperiment.Load(environment.Console, plan, planPath);
        using var folder = PlanPaths.Claim(settings.Out ?? Path.Combine(planFolder, "result"), settings.Force);
        var how = new ExperimentStart(ShardSet.Replay(plan, planFolder, environment.Time), plan.Options(), settings.Quiet,
            plan.PlannedUtc, plan.CommandLine);
        return experiment.Execute(environment, how, folder, cancellation);
    }
}
