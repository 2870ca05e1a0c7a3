using CorridorSim.Corridor.Results;

namespace CorridorSim.Reporting.Tables.Parquet;

/// <summary>The rows of a per-replication table cut into one Parquet row group per replication, in replication order.</summary>
internal static class ReplicationGroups
{
    /// <summary>Each replication's items, each with its replication, one list per replication (an empty list when it has none).</summary>
    public static IEnumerable<IReadOnlyList<(int Replication, TItem Item)>> Of<TItem>(
        IEnumerable<ReplicationResult> replications, Func<ReplicationResult, IReadOnlyList<TItem>?> items)
    {
        foreach (var replication in replications)
        {
            var list = items(replication) ?? [];
            var rows = new (int Replication, TItem Item)[list.Count];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = (replication.Replication, list[i]);
            }

            yield return rows;
        }
    }
}
