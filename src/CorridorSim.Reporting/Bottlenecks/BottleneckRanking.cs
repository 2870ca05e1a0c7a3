using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Bottlenecks;

/// <summary>
/// Ranks the facilities of a run by where cargo waits, and says why each binds.
/// </summary>
/// <remarks>
/// <para>
/// Waiting share: in each replication, a facility's consignment-hours spent waiting divided by the
/// consignment-hours spent waiting at all facilities together (zero when nothing waited anywhere); then
/// the mean over replications. Utilisation and closure hours are plain means over replications.
/// </para>
/// <para>
/// Rank: by waiting share, highest first; ties by utilisation, highest first; then by facility name so
/// the order never depends on anything else.
/// </para>
/// <para>
/// Reason, the first rule that holds:
/// <list type="number">
/// <item>no waiting there at all → <see cref="BindingReason.None"/>;</item>
/// <item>utilisation at least <see cref="CapacityUtilisation"/> → <see cref="BindingReason.Capacity"/>
/// (queueing theory: waits grow steeply once servers are this busy);</item>
/// <item>closed for at least <see cref="ClosureShareOfWindow"/> of the measurement window →
/// <see cref="BindingReason.Closures"/> (with its capacity mostly idle, the closures explain the waiting);</item>
/// <item>otherwise → <see cref="BindingReason.UpstreamBlocking"/>: cargo waits there though the facility is
/// neither busy nor closed, so something downstream holds it (a full yard, too few sailings).</item>
/// </list>
/// </para>
/// </remarks>
public static class BottleneckRanking
{
    /// <summary>Utilisation from which a facility's waits are put down to its own capacity.</summary>
    public const double CapacityUtilisation = 0.7;

    /// <summary>Share of the measurement window closed from which waits are put down to closures.</summary>
    public const double ClosureShareOfWindow = 0.05;

    /// <summary>Ranks the facilities of an experiment; its spec gives the measurement window.</summary>
    public static IReadOnlyList<Bottleneck> Rank(ExperimentResult result) =>
        Rank(result.Replications, (result.Spec.HorizonDays - result.Spec.WarmupDays) * 24.0);

    /// <summary>Ranks the facilities of the given replications over a measurement window of <paramref name="windowHours"/>.</summary>
    public static IReadOnlyList<Bottleneck> Rank(IReadOnlyList<ReplicationResult> replications, double windowHours)
    {
        var facilities = FacilitiesInOrder(replications);
        var unranked = facilities
            .Select(f => Measure(f.Facility, f.Kind, replications, windowHours))
            .OrderByDescending(b => b.WaitingShare)
            .ThenByDescending(b => b.Utilisation)
            .ThenBy(b => b.Facility, StringComparer.Ordinal)
            .ToList();
        return unranked.Select((b, i) => b with { Rank = i + 1 }).ToList();
    }

    /// <summary>Picks why a facility with these means binds (the rule in the remarks of <see cref="BottleneckRanking"/>).</summary>
    public static BindingReason ReasonFor(double waitingShare, double utilisation, double closureHours, double windowHours)
    {
        if (!(waitingShare > 0.0))
        {
            return BindingReason.None;
        }

        if (utilisation >= CapacityUtilisation)
        {
            return BindingReason.Capacity;
        }

        return windowHours > 0.0 && closureHours / windowHours >= ClosureShareOfWindow
            ? BindingReason.Closures
            : BindingReason.UpstreamBlocking;
    }

    private static Bottleneck Measure(string facility, FacilityKind kind, IReadOnlyList<ReplicationResult> replications, double windowHours)
    {
        var shares = new List<double>();
        var utilisations = new List<double>();
        var closures = new List<double>();
        foreach (var replication in replications)
        {
            var totalWaiting = replication.Facilities.Sum(f => f.WaitingConsignmentHours);
            var stats = replication.Facilities.FirstOrDefault(f => f.Facility == facility);
            if (stats is null)
            {
                continue;
            }

            shares.Add(totalWaiting > 0.0 ? stats.WaitingConsignmentHours / totalWaiting : 0.0);
            utilisations.Add(stats.Utilisation);
            closures.Add(stats.ClosureHours);
        }

        var share = MeanOf(shares);
        var utilisation = MeanOf(utilisations);
        var closureHours = MeanOf(closures);
        return new Bottleneck(0, facility, kind, utilisation, share, closureHours, ReasonFor(share, utilisation, closureHours, windowHours));
    }

    private static double MeanOf(List<double> values) => values.Count == 0 ? 0.0 : values.Average();

    private static List<(string Facility, FacilityKind Kind)> FacilitiesInOrder(IReadOnlyList<ReplicationResult> replications)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var facilities = new List<(string, FacilityKind)>();
        foreach (var f in replications.SelectMany(r => r.Facilities))
        {
            if (seen.Add(f.Facility))
            {
                facilities.Add((f.Facility, f.Kind));
            }
        }

        return facilities;
    }
}
