namespace CorridorSim.Reporting.Charts;

/// <summary>
/// Equal-width bins over a sample and how many values fall in each: the bins start on a multiple of a
/// round width (1, 2, 2.5 or 5 times a power of ten) and every value lands in exactly one bin.
/// </summary>
/// <param name="Start">Left edge of the first bin.</param>
/// <param name="Width">Width of every bin.</param>
/// <param name="Counts">Values in each bin; bin i covers [Start + i·Width, Start + (i+1)·Width), the last one closed.</param>
public sealed record HistogramBins(double Start, double Width, IReadOnlyList<double> Counts)
{
    private const int MinBins = 5;
    private const int MaxBins = 50;

    /// <summary>The centre of each bin, where its bar is drawn.</summary>
    public IReadOnlyList<double> Centres => Enumerable.Range(0, Counts.Count).Select(i => Start + ((i + 0.5) * Width)).ToList();

    /// <summary>Bins <paramref name="values"/> (in any order, no NaN): about √n bins, between 5 and 50.</summary>
    /// <remarks>One pass finds the smallest and largest value and a second counts: no sort is needed to bin.</remarks>
    public static HistogramBins Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return new HistogramBins(0.0, 1.0, []);
        }

        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        var target = Math.Clamp((int)Math.Ceiling(Math.Sqrt(values.Count)), MinBins, MaxBins);
        var width = RoundWidth(Math.Max((max - min) / target, 1e-9));
        var start = Math.Floor(min / width) * width;
        var binCount = Math.Max(1, (int)Math.Ceiling((max - start) / width));
        var counts = new double[binCount];
        foreach (var value in values)
        {
            var bin = Math.Clamp((int)Math.Floor((value - start) / width), 0, binCount - 1);
            counts[bin]++;
        }

        return new HistogramBins(start, width, counts);
    }

    private static double RoundWidth(double raw)
    {
        var power = Math.Pow(10.0, Math.Floor(Math.Log10(raw)));
        foreach (var step in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
        {
            if (step * power >= raw)
            {
                return step * power;
            }
        }

        return 10.0 * power;
    }
}
