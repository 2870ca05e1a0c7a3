using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// Ranks candidates by what they buy against the base on common random numbers: paired differences, replication
/// by replication, of delivered tonnes a year and of p95 transit days.
/// </summary>
/// <remarks>
/// Order: first the candidates whose delivered-tonnes gain is significantly positive, by gain, largest first;
/// then the rest by p95 transit change, largest cut first; ties by delivered gain and then by name, so the
/// order never depends on anything else. A gain is a difference of throughput-limited means, so a change that
/// only shortens transit shows in the second key, not the first.
/// </remarks>
public static class MarginalRanking
{
    private static readonly string DeliveredKpi = Kpis.DeliveredTonnesPerYear.Name;
    private static readonly string P95TransitKpi = Kpis.TransitDaysP95.Name;

    /// <summary>The ranked rows of <paramref name="tried"/> against <paramref name="baseline"/>.</summary>
    public static IReadOnlyList<MarginalRow> Rank(ExperimentResult baseline, IReadOnlyList<(MarginalCandidate Candidate, ExperimentResult Result)> tried)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(tried);
        var delivered = Values(baseline.Replications, DeliveredKpi);
        var p95 = Values(baseline.Replications, P95TransitKpi);
        var unranked = tried
            .Select(t => new MarginalRow(
                0,
                t.Candidate,
                ConfidenceInterval.ForPairedDifference(delivered, Values(t.Result.Replications, DeliveredKpi)),
                ConfidenceInterval.ForPairedDifference(p95, Values(t.Result.Replications, P95TransitKpi))))
            .ToList();
        return unranked
            .OrderByDescending(r => r.DeliveredGain.Low > 0)
            .ThenByDescending(r => r.DeliveredGain.Low > 0 ? r.DeliveredGain.Estimate : 0)
            .ThenBy(r => Finite(r.P95TransitChange.Estimate))
            .ThenByDescending(r => Finite(r.DeliveredGain.Estimate))
            .ThenBy(r => r.Candidate.Name, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
    }

    private static double Finite(double value) => double.IsNaN(value) ? 0 : value;

    private static double[] Values(IReadOnlyList<ReplicationResult> replications, string kpi) =>
        replications.Select(r => r.Kpis.FirstOrDefault(k => k.Name == kpi)?.Value
            ?? throw new InvalidOperationException($"Replication {r.Replication} reports no KPI '{kpi}'; {nameof(Kpis)} promises it.")).ToArray();
}
