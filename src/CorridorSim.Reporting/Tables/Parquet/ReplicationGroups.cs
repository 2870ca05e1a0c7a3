using CorridorSim.Corridor.Results;

namespace CorridorSim.Reporting.Tables.Parquet;

/// <summary>The rows of a per-replication table cut into one Parquet row group per replication, in replication order.</summary>
internal static class ReplicationGroups
{
    /// <summary>Each replication's items, each with its replication, one list per replication (an empty list when it has none).</summary>
    /// <remarks>Each list is a view of the replication's own items, not a copy: a recorded replication's stages number in the millions.</remarks>
    public static IEnumerable<IReadOnlyList<(int Replication, TItem Item)>> Of<TItem>(
        IEnumerable<ReplicationResult> replications, Func<ReplicationResult, IReadOnlyList<TItem>?> items)
    {
        foreach (var replication in replications)
        {
            yield return new Rows<TItem>(replication.Replication, items(replication) ?? []);
        }
    }

    private sealed class Rows<TItem>(int replication, IReadOnlyList<TItem> items) : IReadOnlyList<(int Replication, TItem Item)>
    {
        public int Count => items.Count;

        public (int Replication, TItem Item) this[int index] => (replication, items[index]);

        public IEnumerator<(int Replication, TItem Item)> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return (replication, items[i]);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
