namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// The k-th smallest value of a sample by selection: the value a sort would put at index k, found without
/// sorting, in the order <see cref="double.CompareTo(double)"/> gives (NaN first, as <see cref="Array.Sort(Array)"/> puts it).
/// </summary>
internal static class OrderStatistic
{
    /// <summary>
    /// Rearranges <paramref name="values"/> so that index <paramref name="k"/> holds the value a sort would
    /// put there, everything before it is no greater and everything after it no smaller; returns that value.
    /// </summary>
    /// <remarks>
    /// Quickselect with a median-of-three pivot; should it recurse deeper than twice the logarithm of the
    /// length (a pathological order), the rest is sorted, so the worst case stays O(n log n).
    /// </remarks>
    public static double Select(Span<double> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        var left = 0;
        var right = values.Length - 1;
        var depthLeft = 2 * (int)Math.Ceiling(Math.Log2(values.Length + 1));
        while (right > left)
        {
            if (--depthLeft < 0)
            {
                values[left..(right + 1)].Sort();
                break;
            }

            var pivot = MedianOfThree(values, left, left + ((right - left) / 2), right);
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (values[i].CompareTo(pivot) < 0) i++;
                while (values[j].CompareTo(pivot) > 0) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now [left, j] ≤ pivot ≤ [i, right], and anything strictly between j and i equals the pivot.
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else break;
        }

        return values[k];
    }

    /// <summary>The smallest of <paramref name="values"/> in the same order (NaN first); the span must not be empty.</summary>
    public static double SmallestOf(ReadOnlySpan<double> values)
    {
        var smallest = values[0];
        foreach (var value in values[1..])
        {
            if (value.CompareTo(smallest) < 0) smallest = value;
        }

        return smallest;
    }

    private static double MedianOfThree(Span<double> values, int a, int b, int c)
    {
        double x = values[a], y = values[b], z = values[c];
        if (x.CompareTo(y) > 0) (x, y) = (y, x);
        if (y.CompareTo(z) > 0) y = z;
        return x.CompareTo(y) > 0 ? x : y;
    }
}
