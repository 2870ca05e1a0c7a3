namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The p-quantile of a sample by linear interpolation between order statistics (Hyndman and Fan type 7,
/// the default of R and NumPy).
/// </summary>
public static class SampleQuantile
{
    /// <summary>The quantile of <paramref name="sorted"/> (ascending); NaN for an empty sample.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }
}
