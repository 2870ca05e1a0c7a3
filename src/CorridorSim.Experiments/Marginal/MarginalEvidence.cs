using CorridorSim.Corridor.Results;

namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// The base run's evidence per facility that screening reads: its utilisation and its share of the waiting.
/// </summary>
/// <remarks>
/// Implementation note: this is the one seam between the wait attribution and the marginal study. The share
/// is now where cargo waited — a facility's consignment-hours waiting there over those waiting anywhere, per
/// replication and then averaged, as <c>bottlenecks.csv</c>'s <c>waiting_share</c> — until the model charges
/// each wait to its root cause; then this reads the per-cause hours instead and nothing else changes.
/// </remarks>
public static class MarginalEvidence
{
    /// <summary>Each facility's evidence from the base replications, in the order the first replication lists them.</summary>
    public static IReadOnlyList<FacilityEvidence> Of(IReadOnlyList<ReplicationResult> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        var order = new List<string>();
        var sums = new Dictionary<string, (double Utilisation, double Share, int Count)>(StringComparer.Ordinal);
        foreach (var replication in replications)
        {
            var total = replication.Facilities.Sum(f => f.WaitingConsignmentHours);
            foreach (var f in replication.Facilities)
            {
                if (!sums.TryGetValue(f.Facility, out var sum))
                {
                    order.Add(f.Facility);
                    sum = (0, 0, 0);
                }

                sums[f.Facility] = (sum.Utilisation + f.Utilisation, sum.Share + (total > 0 ? f.WaitingConsignmentHours / total : 0), sum.Count + 1);
            }
        }

        return order.Select(name => new FacilityEvidence(name, sums[name].Utilisation / sums[name].Count, sums[name].Share / sums[name].Count)).ToList();
    }
}
