using CorridorSim.Corridor.Causes;

namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// Which candidates are worth a run: a capacity only where it was busy or caused waiting in the base run, so
/// that a study of a large corridor spends its replications where one more unit can matter.
/// </summary>
/// <remarks>
/// A capacity candidate is tried when the cause of waiting it would relieve (<see cref="MarginalCandidate.Cause"/>)
/// had a utilisation of at least <see cref="MinUtilisation"/> or a share of all waiting of at least
/// <see cref="MinCauseShare"/>; a cause nobody waited for counts as idle, since one more unit of it has nothing
/// to shorten. A digital-regime candidate is always tried, because a shorter clearance shortens transit even
/// where officers are idle.
/// </remarks>
public static class MarginalScreen
{
    /// <summary>Utilisation from which a facility's capacities are tried.</summary>
    public const double MinUtilisation = 0.5;

    /// <summary>Share of all waiting from which a facility's capacities are tried.</summary>
    public const double MinCauseShare = 0.01;

    /// <summary>The candidates to try, in the order given.</summary>
    public static IReadOnlyList<MarginalCandidate> Tried(IReadOnlyList<MarginalCandidate> candidates, IReadOnlyList<CauseEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(evidence);
        var byCause = new Dictionary<WaitCause, CauseEvidence>();
        foreach (var e in evidence)
        {
            byCause.TryAdd(e.Cause, e);
        }

        return candidates.Where(c => c.Change == MarginalChange.DigitalRegime || (c.Cause is { } cause && Busy(byCause.GetValueOrDefault(cause)))).ToList();
    }

    private static bool Busy(CauseEvidence? evidence) =>
        evidence is not null && (evidence.Utilisation >= MinUtilisation || evidence.CauseShare >= MinCauseShare);
}
