using CorridorSim.Corridor.Results;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The tables with one line per thing a replication recorded (a facility, a day, a consignment, a stage):
/// each starts with the <c>replication</c> column and lists the replications in order.
/// </summary>
/// <typeparam name="TItem">What one line describes.</typeparam>
internal static class ReplicationRows<TItem>
{
    /// <summary>A table whose first column is the replication; add the item's columns after it.</summary>
    public static CsvTable<(int Replication, TItem Item)> Table() =>
        new CsvTable<(int Replication, TItem Item)>().Column("replication", r => r.Replication);

    /// <summary>Every item of every replication, in replication order, each with its replication.</summary>
    public static IEnumerable<(int Replication, TItem Item)> Of(IEnumerable<ReplicationResult> replications, Func<ReplicationResult, IEnumerable<TItem>?> items) =>
        replications.SelectMany(r => (items(r) ?? []).Select(item => (r.Replication, item)));
}
