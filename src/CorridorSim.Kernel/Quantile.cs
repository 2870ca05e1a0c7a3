namespace CorridorSim.Kernel;

/// <summary>
/// The p-quantile of a sorted sample by linear interpolation between order statistics (Hyndman and Fan
/// type 7, the default of R and NumPy). Every quantile CorridorSim reports is computed here.
/// </summary>
public static class Quantile
{
    /// <summary>The <paramref name="p"/>-quantile of <paramref name="sorted"/> (ascending); NaN for an empty sample.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>The <paramref name="p"/>-quantile of <paramref name="sorted"/> (ascending); NaN for an empty sample.</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double p) => sorted switch
    {
        double[] array => OfSorted(array.AsSpan(), p),
        List<double> list => OfSorted(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), p),
        _ => OfSorted(sorted.ToArray().AsSpan(), p),
    };
}
