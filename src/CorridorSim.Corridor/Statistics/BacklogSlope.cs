namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// How fast the tonnes held in the corridor grow: the least-squares slope of the tonnes held at the end of
/// each day of the measurement window against the day, in tonnes a year.
/// </summary>
/// <remarks>
/// A corridor that keeps up holds about the same tonnes all window (its pipeline), so the slope is near zero;
/// one that does not accumulates a queue and the slope is the rate it grows. The warm-up fills the pipeline,
/// so days before it are left out.
/// </remarks>
public static class BacklogSlope
{
    /// <summary>Days in a year, the unit the slope is given in.</summary>
    public const double DaysPerYear = 365;

    /// <summary>
    /// The slope in tonnes a year of <paramref name="heldTonnes"/> (index <c>d</c>: held at the end of day <c>d</c>,
    /// i.e. at <c>d + 1</c> days) over the days ending at or after <paramref name="warmupDays"/>; NaN with fewer than two.
    /// </summary>
    public static double TonnesPerYear(IReadOnlyList<double> heldTonnes, double warmupDays)
    {
        ArgumentNullException.ThrowIfNull(heldTonnes);
        var days = new List<double>();
        var held = new List<double>();
        for (var d = 0; d < heldTonnes.Count; d++)
        {
            if (d + 1 >= warmupDays - 1e-9)
            {
                days.Add(d + 1);
                held.Add(heldTonnes[d]);
            }
        }

        return LeastSquaresSlope(days, held) * DaysPerYear;
    }

    /// <summary>The ordinary least-squares slope of <paramref name="y"/> on <paramref name="x"/>; NaN with fewer than two distinct x.</summary>
    public static double LeastSquaresSlope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"{x.Count} x values against {y.Count} y values.", nameof(y));
        if (x.Count < 2) return double.NaN;
        var meanX = x.Average();
        var meanY = y.Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }

        return sxx > 0 ? sxy / sxx : double.NaN;
    }
}
