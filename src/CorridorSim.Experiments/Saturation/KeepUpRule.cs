namespace CorridorSim.Experiments.Saturation;

/// <summary>
/// When a corridor is said to keep up with its demand: its backlog does not grow materially and the cargo that
/// had time to arrive did arrive. The thresholds the verdict, the saturation day and the documentation share.
/// </summary>
/// <remarks>
/// A delivered share alone cannot tell: a window always ends with cargo on its way (an unconstrained corridor
/// reads about 0.95), and a growing queue hides behind a high share for months. The backlog slope sees the
/// queue grow; the cohort share leaves out the cargo that had no time to arrive.
/// </remarks>
public static class KeepUpRule
{
    /// <summary>
    /// The most the tonnes held may grow a year, as a share of the annual demand, for the corridor to keep up:
    /// the upper 95% bound of <c>backlog_growth_tonnes_per_year</c> must stay below 2% of
    /// <c>demand_tonnes_per_year</c>, a week of demand a year.
    /// </summary>
    public const double BacklogGrowthLimitShare = 0.02;

    /// <summary>The least <c>cohort_delivered_share</c> (its mean) with which the corridor keeps up.</summary>
    public const double CohortShareRequired = 0.98;

    /// <summary>The fewest days either segment of the saturation fit spans, so a few noisy days cannot make a change point.</summary>
    public const int MinSegmentDays = 30;

    /// <summary>The backlog growth, in tonnes a year, below which a corridor with this annual demand keeps up.</summary>
    public static double BacklogGrowthLimit(double demandTonnesPerYear) => BacklogGrowthLimitShare * demandTonnesPerYear;
}
