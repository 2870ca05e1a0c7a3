namespace CorridorSim.Kernel;

/// <summary>
/// The p-quantile of a sorted sample by linear interpolation between order statistics (Hyndman and Fan
/// type 7, the default of R and NumPy). Every quantile CorridorSim reports is computed here, or from
/// <see cref="Positions"/> where the order statistics are found by selection instead of sorting.
/// </summary>
public static class Quantile
{
    /// <summary>
    /// Which order statistics (0-based) the <paramref name="p"/>-quantile of <paramref name="count"/> values lies
    /// between, and how far from the lower one: the quantile is <c>low + Fraction * (high - low)</c>.
    /// </summary>
    public static (int Below, int Above, double Fraction) Positions(int count, double p)
    {
        var position = p * (count - 1);
        var below = (int)Math.Floor(position);
        return (below, Math.Min(below + 1, count - 1), position - below);
    }

    /// <summary>The <paramref name="p"/>-quantile of <paramref name="sorted"/> (ascending); NaN for an empty sample.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var (below, above, fraction) = Positions(sorted.Length, p);
        return sorted[below] + (fraction * (sorted[above] - sorted[below]));
    }

    /// <summary>The <paramref name="p"/>-quantile of <paramref name="sorted"/> (ascending); NaN for an empty sample.</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double p) => sorted switch
    {
        double[] array => OfSorted(array.AsSpan(), p),
        List<double> list => OfSorted(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), p),
        _ => OfSorted(sorted.ToArray().AsSpan(), p),
    };
}
