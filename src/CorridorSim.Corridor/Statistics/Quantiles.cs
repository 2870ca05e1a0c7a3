using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Statistics;

/// <summary>Exact quantiles of a sample, linearly interpolated between order statistics (type 7, by the kernel's Quantile).</summary>
internal static class Quantiles
{
    /// <summary>The <paramref name="p"/>-quantiles of <paramref name="sample"/>, which is left as it is; NaN for an empty sample.</summary>
    public static double[] Of(IReadOnlyCollection<double> sample, params double[] p)
    {
        var sorted = sample.ToArray();
        Array.Sort(sorted);
        return At(sorted, p);
    }

    /// <summary>The <paramref name="p"/>-quantiles of <paramref name="sample"/>, sorting it in place to save a copy.</summary>
    public static double[] OfInPlace(List<double> sample, params double[] p)
    {
        sample.Sort();
        return At(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sample), p);
    }

    private static double[] At(ReadOnlySpan<double> sorted, double[] p)
    {
        var quantiles = new double[p.Length];
        for (var i = 0; i < p.Length; i++)
        {
            quantiles[i] = Quantile.OfSorted(sorted, p[i]);
        }

        return quantiles;
    }
}
