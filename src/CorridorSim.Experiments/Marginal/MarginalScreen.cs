namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// Which candidates are worth a run: a capacity only where its facility was busy or caused waiting in the base
/// run, so that a study of a large corridor spends its replications where one more unit can matter.
/// </summary>
/// <remarks>
/// A capacity candidate is tried when its facility's utilisation is at least <see cref="MinUtilisation"/> or
/// its share of the waiting at least <see cref="MinCauseShare"/> (an idle facility's extra unit gains
/// nothing); a digital-regime candidate is always tried, because a shorter clearance shortens transit even
/// where officers are idle. A facility the base run does not report counts as idle.
/// </remarks>
public static class MarginalScreen
{
    /// <summary>Utilisation from which a facility's capacities are tried.</summary>
    public const double MinUtilisation = 0.5;

    /// <summary>Share of all waiting from which a facility's capacities are tried.</summary>
    public const double MinCauseShare = 0.01;

    /// <summary>The candidates to try, in the order given.</summary>
    public static IReadOnlyList<MarginalCandidate> Tried(IReadOnlyList<MarginalCandidate> candidates, IReadOnlyList<FacilityEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(evidence);
        var byFacility = new Dictionary<string, FacilityEvidence>(StringComparer.Ordinal);
        foreach (var e in evidence)
        {
            byFacility.TryAdd(e.Facility, e);
        }

        return candidates.Where(c => c.Change == MarginalChange.DigitalRegime || Busy(byFacility.GetValueOrDefault(c.Facility))).ToList();
    }

    private static bool Busy(FacilityEvidence? evidence) =>
        evidence is not null && (evidence.Utilisation >= MinUtilisation || evidence.CauseShare >= MinCauseShare);
}
