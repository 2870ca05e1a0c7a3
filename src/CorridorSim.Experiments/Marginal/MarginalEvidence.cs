using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Results;

namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// The base run's evidence per cause of waiting that screening reads: the utilisation of the capacity behind
/// it and its share of all waiting, from the model's attribution of every wait to its root cause.
/// </summary>
/// <remarks>
/// Share: per replication, the consignment-hours charged to the cause over those charged to all causes (zero
/// when nothing waited), then the mean over replications, as <c>bottlenecks.csv</c>'s <c>share</c>. A cause
/// that no consignment waited for in any replication is not listed: one more unit of it has nothing to shorten.
/// </remarks>
public static class MarginalEvidence
{
    /// <summary>Each cause's evidence from the base replications, in the order the replications first charge them.</summary>
    public static IReadOnlyList<CauseEvidence> Of(IReadOnlyList<ReplicationResult> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        var order = new List<WaitCause>();
        var sums = new Dictionary<WaitCause, (double Utilisation, double Share, int Count)>();
        foreach (var replication in replications)
        {
            var total = replication.Causes.Sum(c => c.ConsignmentHours);
            foreach (var c in replication.Causes)
            {
                if (!sums.TryGetValue(c.Cause, out var sum))
                {
                    order.Add(c.Cause);
                    sum = (0, 0, 0);
                }

                sums[c.Cause] = (sum.Utilisation + c.Utilisation, sum.Share + (total > 0 ? c.ConsignmentHours / total : 0), sum.Count + 1);
            }
        }

        return order.Select(cause => new CauseEvidence(cause, sums[cause].Utilisation / sums[cause].Count, sums[cause].Share / replications.Count)).ToList();
    }
}
