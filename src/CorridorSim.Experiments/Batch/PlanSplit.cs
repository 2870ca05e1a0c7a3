using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments.Batch;

/// <summary>Splits an experiment's work items into shards for a plan.</summary>
public static class PlanSplit
{
    /// <summary>
    /// Every work item of an experiment of <paramref name="kind"/> on <paramref name="specs"/> (the compared
    /// scenarios, or each sweep point's scenario, in order), dealt to <paramref name="shards"/> shards in turn:
    /// item <i>j</i> (scenario by scenario, replication by replication) goes to shard <i>j</i> mod N.
    /// </summary>
    /// <remarks>
    /// Dealing in turn rather than in blocks spreads a costly sweep point, and each scenario's first
    /// replication (which keeps consignment records by default), over all shards.
    /// </remarks>
    /// <exception cref="ExperimentArgumentException">Fewer than one shard, more shards than work items, or an experiment that cannot run.</exception>
    public static IReadOnlyList<IReadOnlyList<WorkItem>> Deal(ExperimentKind kind, IReadOnlyList<CorridorSpec> specs, ExperimentOptions options, int shards)
    {
        var work = ExperimentRunner.WorkOf(kind, specs, options);
        if (shards < 1)
        {
            throw new ExperimentArgumentException($"--shards {shards}", "fewer than one shard", "a whole number of at least 1");
        }

        if (shards > work.Count)
        {
            throw new ExperimentArgumentException(
                $"--shards {shards}", $"more shards than the {work.Count} work items (scenarios × replications)", $"at most {work.Count} shards");
        }

        var dealt = Enumerable.Range(0, shards).Select(_ => new List<WorkItem>(work.Count / shards + 1)).ToArray();
        for (var j = 0; j < work.Count; j++) dealt[j % shards].Add(work[j].Item);
        return dealt;
    }
}
