namespace CorridorSim.Experiments.Saturation;

/// <summary>
/// A continuous two-segment piecewise-linear fit of a daily series: level at the change day, slope before and
/// slope after, found by least squares over every change day that leaves both segments long enough.
/// </summary>
/// <param name="ChangeDay">Days from the start of the run at which the slope changes.</param>
/// <param name="Level">The fitted value at the change day.</param>
/// <param name="SlopeBefore">Slope before the change, per day.</param>
/// <param name="SlopeAfter">Slope after the change, per day.</param>
/// <param name="SquaredError">Sum of squared residuals of the fit.</param>
public sealed record TwoSegmentFit(double ChangeDay, double Level, double SlopeBefore, double SlopeAfter, double SquaredError)
{
    /// <summary>
    /// The best fit of <paramref name="values"/> against <paramref name="days"/> (ascending) with at least
    /// <paramref name="minSegmentDays"/> days on each side of the change; null when the series is too short.
    /// </summary>
    public static TwoSegmentFit? Best(IReadOnlyList<double> days, IReadOnlyList<double> values, double minSegmentDays)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(values);
        if (days.Count != values.Count) throw new ArgumentException($"{days.Count} days against {values.Count} values.", nameof(values));
        TwoSegmentFit? best = null;
        for (var i = 1; i + 1 < days.Count; i++)
        {
            if (days[i] - days[0] < minSegmentDays || days[^1] - days[i] < minSegmentDays) continue;
            var fit = At(days, values, days[i]);
            if (fit is not null && (best is null || fit.SquaredError < best.SquaredError)) best = fit;
        }

        return best;
    }

    /// <summary>The least-squares fit with the change at <paramref name="changeDay"/>; null when it is not determined.</summary>
    public static TwoSegmentFit? At(IReadOnlyList<double> days, IReadOnlyList<double> values, double changeDay)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(values);

        // y = level + before·min(t − c, 0) + after·max(t − c, 0): ordinary least squares on three columns.
        var m = new double[3, 4];
        for (var i = 0; i < days.Count; i++)
        {
            var u = days[i] - changeDay;
            double[] row = [1, Math.Min(u, 0), Math.Max(u, 0)];
            for (var a = 0; a < 3; a++)
            {
                for (var b = 0; b < 3; b++) m[a, b] += row[a] * row[b];
                m[a, 3] += row[a] * values[i];
            }
        }

        if (Solve(m) is not { } beta) return null;
        var error = 0.0;
        for (var i = 0; i < days.Count; i++)
        {
            var u = days[i] - changeDay;
            var residual = values[i] - (beta[0] + (beta[1] * Math.Min(u, 0)) + (beta[2] * Math.Max(u, 0)));
            error += residual * residual;
        }

        return new TwoSegmentFit(changeDay, beta[0], beta[1], beta[2], error);
    }

    // Gaussian elimination with partial pivoting on the augmented 3×4 normal equations.
    private static double[]? Solve(double[,] m)
    {
        const int N = 3;
        for (var col = 0; col < N; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < N; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            }

            if (Math.Abs(m[pivot, col]) < 1e-12) return null;
            for (var c = 0; c <= N; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            for (var r = 0; r < N; r++)
            {
                if (r == col) continue;
                var factor = m[r, col] / m[col, col];
                for (var c = col; c <= N; c++) m[r, c] -= factor * m[col, c];
            }
        }

        return [m[0, 3] / m[0, 0], m[1, 3] / m[1, 1], m[2, 3] / m[2, 2]];
    }
}
