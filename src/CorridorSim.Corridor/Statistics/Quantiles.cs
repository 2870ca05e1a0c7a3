namespace CorridorSim.Corridor.Statistics;

/// <summary>Exact quantiles of a sample, linearly interpolated between order statistics (type 7, as in the kernel's Tally).</summary>
internal static class Quantiles
{
    /// <summary>The <paramref name="p"/>-quantiles of <paramref name="sample"/>; NaN for an empty sample.</summary>
    public static double[] Of(IReadOnlyCollection<double> sample, params double[] p)
    {
        if (sample.Count == 0)
        {
            return [.. p.Select(_ => double.NaN)];
        }

        var sorted = sample.ToArray();
        Array.Sort(sorted);
        return [.. p.Select(q => At(sorted, q))];
    }

    private static double At(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
