namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The best point of a swept KPI's curve and what the curve does beyond it: still improving at the end, flat,
/// or worse — so a sweep's words never call a losing step a small gain.
/// </summary>
/// <param name="PeakIndex">The best point (highest, or lowest when less is better); the first of equals.</param>
/// <param name="LevelIndex">The first point level with the best (within <see cref="Tolerance"/>): where the curve reaches its level.</param>
/// <param name="After">What the curve does beyond the level it reaches.</param>
/// <param name="WorstAfterIndex">Beyond the peak, the worst point; null when the peak is the last point.</param>
public sealed record CurvePeak(int PeakIndex, int LevelIndex, CurveAfterPeak After, int? WorstAfterIndex)
{
    /// <summary>Without an interval (one replication), a point within this share of the peak's value is level with it.</summary>
    public const double LevelShareWithoutInterval = 0.01;

    /// <summary>
    /// How much worse than the peak a point may be and still be level with it: the half-width of the peak's 95%
    /// interval, or <see cref="LevelShareWithoutInterval"/> of its value when there is no interval.
    /// </summary>
    public static double Tolerance(double peakMean, double peakHalfWidth) =>
        double.IsFinite(peakHalfWidth) ? peakHalfWidth : LevelShareWithoutInterval * Math.Abs(peakMean);

    /// <summary>Finds the peak of <paramref name="means"/> (in sweep order) with each point's 95% half-width.</summary>
    public static CurvePeak Find(IReadOnlyList<double> means, IReadOnlyList<double> halfWidths, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(halfWidths);
        ArgumentOutOfRangeException.ThrowIfLessThan(means.Count, 1);
        var sign = higherIsBetter ? 1.0 : -1.0;
        var peak = 0;
        for (var i = 1; i < means.Count; i++)
        {
            if (sign * means[i] > sign * means[peak]) peak = i;
        }

        var tolerance = Tolerance(means[peak], halfWidths[peak]);
        var level = Enumerable.Range(0, peak + 1).First(i => sign * (means[peak] - means[i]) <= tolerance);
        int? worst = peak == means.Count - 1 ? null : Enumerable.Range(peak + 1, means.Count - peak - 1).MinBy(i => sign * means[i]);
        var after = worst is { } w && sign * (means[peak] - means[w]) > tolerance ? CurveAfterPeak.Worsens
            : level == means.Count - 1 ? CurveAfterPeak.StillImproving
            : CurveAfterPeak.Flattens;
        return new CurvePeak(peak, level, after, worst);
    }
}
