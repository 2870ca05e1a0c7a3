using System.Runtime.InteropServices;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// Exact quantiles of a sample, linearly interpolated between order statistics (type 7, as the kernel's
/// <c>Quantile.OfSorted</c>), found by selection instead of a full sort.
/// </summary>
/// <remarks>
/// Implementation note: two quantiles need only the order statistics at their positions, so the sample is
/// copied into a buffer this thread owns and partitioned around each position (quickselect, O(n) expected)
/// rather than sorted (O(n log n)). The order statistics are the same values a sort would put there, and the
/// interpolation is the same expression, so every KPI is bit for bit what sorting gave. The buffer grows to
/// the largest sample the thread has seen and is kept, so a replication allocates no large array for it.
/// </remarks>
internal static class Quantiles
{
    [ThreadStatic]
    private static double[]? _buffer;

    /// <summary>The <paramref name="p"/>-quantiles of <paramref name="sample"/>, which is left as it is; NaN for an empty sample.</summary>
    public static double[] Of(IReadOnlyCollection<double> sample, params double[] p)
    {
        var values = Buffer(sample.Count);
        switch (sample)
        {
            case ChunkedList<double> chunks: chunks.CopyTo(values); break;
            case double[] array: array.CopyTo(values); break;
            case List<double> list: CollectionsMarshal.AsSpan(list).CopyTo(values); break;
            default:
                var i = 0;
                foreach (var value in sample) values[i++] = value;
                break;
        }

        var quantiles = new double[p.Length];
        for (var q = 0; q < p.Length; q++)
        {
            quantiles[q] = Of(values, p[q]);
        }

        return quantiles;
    }

    /// <summary>The <paramref name="p"/>-quantile of <paramref name="values"/>, whose order it changes; NaN when empty.</summary>
    private static double Of(Span<double> values, double p)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        // The same positions and the same arithmetic as Quantile.OfSorted on the sorted sample.
        var (below, above, fraction) = Quantile.Positions(values.Length, p);
        var low = OrderStatistic.Select(values, below);
        var high = above == below ? low : OrderStatistic.SmallestOf(values[above..]);
        return low + (fraction * (high - low));
    }

    private static Span<double> Buffer(int length)
    {
        if (_buffer is null || _buffer.Length < length)
        {
            _buffer = new double[Math.Max(length, Math.Min(2 * (_buffer?.Length ?? 0), Array.MaxLength))];
        }

        return _buffer.AsSpan(0, length);
    }
}
