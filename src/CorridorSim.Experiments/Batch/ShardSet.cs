using System.Globalization;

namespace CorridorSim.Experiments.Batch;

/// <summary>The shards of a plan on disk, as the merge finds them.</summary>
public static class ShardSet
{
    /// <summary>The shards of <paramref name="plan"/> under <paramref name="planFolder"/> that are missing, unfinished or from another plan, in index order.</summary>
    public static IReadOnlyList<int> Missing(ExperimentPlan plan, string planFolder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Enumerable.Range(0, plan.Shards.Count)
            .Where(k => ShardMarker.ReadFrom(ShardFolder.PathOf(planFolder, k)) is not { } marker || !marker.Completes(plan, k))
            .ToList();
    }

    /// <summary>
    /// A runner that, instead of simulating, reads each replication back from the shard that ran it: the
    /// same experiment methods then build exactly the results a local run would.
    /// </summary>
    /// <remarks>Call only once <see cref="Missing"/> is empty; a file that is missing or damaged throws <see cref="PlanFileException"/>.</remarks>
    public static ExperimentRunner Replay(ExperimentPlan plan, string planFolder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var shardOf = new Dictionary<WorkItem, string>();
        for (var k = 0; k < plan.Shards.Count; k++)
        {
            var folder = ShardFolder.PathOf(planFolder, k);
            foreach (var item in plan.Shards[k]) shardOf[item] = folder;
        }

        return new ExperimentRunner(
            (work, _) => shardOf.TryGetValue(work.Item, out var folder)
                ? ShardFolder.Load(folder, work.Item)
                : throw new PlanFileException(Path.Combine(planFolder, PlanFile.FileName),
                    string.Create(CultureInfo.InvariantCulture, $"no shard holds work item [{work.Scenario}, {work.Replication}]; plan again")),
            time);
    }
}
