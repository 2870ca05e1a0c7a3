using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Bottlenecks;

/// <summary>Ranks the causes of waiting of a run by how much of all waiting is charged to them.</summary>
/// <remarks>
/// <para>
/// The model charges every consignment-hour of waiting to what it waited for (see
/// <see cref="WaitCause"/>): a wait for a vessel is charged to what the vessels were doing meanwhile, so the
/// ranking names what cargo waits <em>for</em>, not where it sits.
/// </para>
/// <para>
/// Share: in each replication, a cause's consignment-hours divided by the consignment-hours charged to all
/// causes together (zero when nothing waited); then the mean over replications. Consignment-hours,
/// tonne-hours and the facility's closure hours are means over all replications (a cause not charged in a
/// replication counts zero there); utilisation is the mean over the replications that charged the cause.
/// </para>
/// <para>
/// Rank: by share, highest first; ties by consignment-hours, then by cause label and facility name, so the
/// order never depends on anything else.
/// </para>
/// </remarks>
public static class BottleneckRanking
{
    /// <summary>
    /// Utilisation from which a capacity is called busy: queueing theory has waits grow steeply once servers
    /// are this busy. The threshold line of the utilisation chart and the report's words use it.
    /// </summary>
    public const double CapacityUtilisation = 0.7;

    /// <summary>Ranks the causes of an experiment.</summary>
    public static IReadOnlyList<Bottleneck> Rank(ExperimentResult result) => Rank(result.Replications);

    /// <summary>Ranks the causes of the given replications.</summary>
    public static IReadOnlyList<Bottleneck> Rank(IReadOnlyList<ReplicationResult> replications)
    {
        if (replications.Count == 0)
        {
            return [];
        }

        var sums = new Dictionary<WaitCause, Sums>();
        var order = new List<WaitCause>();

        // Each facility's closure hours by name, once per replication, so the ranking stays linear in the
        // number of facilities (a scan per facility made 80,000 origins take minutes).
        var closures = replications.Select(ClosuresByName).ToList();
        foreach (var replication in replications)
        {
            var total = replication.Causes.Sum(c => c.ConsignmentHours);
            foreach (var c in replication.Causes)
            {
                if (!sums.TryGetValue(c.Cause, out var sum))
                {
                    sum = new Sums();
                    sums.Add(c.Cause, sum);
                    order.Add(c.Cause);
                }

                sum.ConsignmentHours += c.ConsignmentHours;
                sum.TonneHours += c.TonneHours;
                sum.Share += total > 0 ? c.ConsignmentHours / total : 0;
                sum.Utilisation += c.Utilisation;
                sum.Charged++;
            }
        }

        var n = replications.Count;
        return order
            .Select(cause => (Cause: cause, Sum: sums[cause]))
            .Select(c => new Bottleneck(0, c.Cause, c.Sum.ConsignmentHours / n, c.Sum.TonneHours / n, c.Sum.Share / n,
                c.Sum.Utilisation / c.Sum.Charged, closures.Average(byName => byName.GetValueOrDefault(c.Cause.Facility))))
            .OrderByDescending(b => b.Share)
            .ThenByDescending(b => b.ConsignmentHours)
            .ThenBy(b => b.Cause.Label, StringComparer.Ordinal)
            .ThenBy(b => b.Facility, StringComparer.Ordinal)
            .Select((b, i) => b with { Rank = i + 1 })
            .ToList();
    }

    private static Dictionary<string, double> ClosuresByName(ReplicationResult replication)
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var f in replication.Facilities)
        {
            byName.TryAdd(f.Facility, f.ClosureHours);
        }

        return byName;
    }

    private sealed class Sums
    {
        public double ConsignmentHours { get; set; }

        public double TonneHours { get; set; }

        public double Share { get; set; }

        public double Utilisation { get; set; }

        public int Charged { get; set; }
    }
}
