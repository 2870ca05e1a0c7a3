using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments.Batch;

/// <summary>Runs one shard of a plan: its work items on the corridor model, each stored as it finishes.</summary>
public static class ShardRunner
{
    /// <summary>
    /// Runs shard <paramref name="index"/> of <paramref name="plan"/> into <paramref name="folder"/> (a
    /// temporary folder that the caller moves into place once this returns) and writes its marker last.
    /// </summary>
    /// <param name="specs">The plan's scenarios as loaded (each sweep point's, for a sweep), in plan order.</param>
    /// <param name="threads">Threads to run items on; the plan's <see cref="ExperimentPlan.ThreadsPerShard"/> when null.</param>
    /// <exception cref="PlanFileException">The plan's items do not belong to its scenarios (the plan was edited).</exception>
    public static void Run(
        ExperimentPlan plan,
        int index,
        IReadOnlyList<CorridorSpec> specs,
        string folder,
        string programVersion,
        int? threads,
        TimeProvider time,
        IProgress<ExperimentProgress>? progress,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, plan.Shards.Count);
        var options = plan.Options(threads);
        var all = ExperimentRunner.WorkOf(plan.Command, specs, options).ToDictionary(w => w.Item);
        var work = plan.Shards[index]
            .Select(item => all.TryGetValue(item, out var w) ? w
                : throw new PlanFileException(PlanFile.FileName, $"shard {index}: work item [{item.Scenario}, {item.Replication}] is not in the experiment; plan again"))
            .ToList();

        new ReplicationPool(time).Run(work, (item, runOptions) => RunAndStore(folder, item, runOptions), options.ThreadCount, progress, cancellation);

        new ShardMarker
        {
            ProgramVersion = programVersion,
            PlanId = plan.PlanId,
            ScenarioHash = plan.ScenarioHash,
            Index = index,
            WorkItems = work.Count,
            FinishedUtc = time.GetUtcNow(),
        }.WriteTo(folder);
    }

    // Only the file is kept: a shard of many items must not hold all their results in memory.
    private static bool RunAndStore(string folder, ReplicationWork item, RunOptions options)
    {
        var result = CorridorModel.RunReplication(item.Spec, item.Replication, options);
        ShardFolder.Store(folder, item.Item, result);
        return true;
    }
}
