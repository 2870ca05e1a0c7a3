namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// One candidate's marginal value against the base scenario on the same seeds: one row of <c>marginal.csv</c>.
/// </summary>
/// <param name="Rank">1 for the most valuable change (see <see cref="MarginalRanking"/>).</param>
/// <param name="Candidate">The change.</param>
/// <param name="DeliveredGain">Paired 95% interval of the gain in delivered tonnes a year (candidate − base).</param>
/// <param name="P95TransitChange">Paired 95% interval of the change in p95 transit days (candidate − base; negative is faster).</param>
public sealed record MarginalRow(int Rank, MarginalCandidate Candidate, ConfidenceInterval DeliveredGain, ConfidenceInterval P95TransitChange)
{
    /// <summary>Whether the delivered-tonnes interval excludes zero: the change moves throughput beyond the noise.</summary>
    public bool Significant => DeliveredGain.ExcludesZero;
}
