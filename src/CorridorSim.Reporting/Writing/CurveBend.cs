namespace CorridorSim.Reporting.Writing;

/// <summary>
/// Where a swept KPI stops paying: the first point after which every further step improves the KPI, per
/// unit of the varied parameter, by less than <see cref="FlatShareOfSteepest"/> of the steepest step's
/// improvement per unit.
/// </summary>
/// <param name="Improves">Whether any step improves the KPI at all.</param>
/// <param name="SteepestStep">Index i of the step from point i to i+1 that improves the KPI most per unit.</param>
/// <param name="BendIndex">The point after which the curve is flat; null when it does not flatten within the sweep (or never improves).</param>
public sealed record CurveBend(bool Improves, int SteepestStep, int? BendIndex)
{
    /// <summary>A step is flat when it gains less than this share of the steepest step's gain per unit.</summary>
    public const double FlatShareOfSteepest = 0.2;

    /// <summary>Finds the bend of a curve given in ascending <paramref name="xs"/> (points with a NaN mean left out beforehand).</summary>
    public static CurveBend Find(IReadOnlyList<double> xs, IReadOnlyList<double> means, bool higherIsBetter)
    {
        var steps = xs.Count - 1;
        if (steps < 1)
        {
            return new CurveBend(false, 0, null);
        }

        var sign = higherIsBetter ? 1.0 : -1.0;
        var gains = Enumerable.Range(0, steps)
            .Select(i => sign * (means[i + 1] - means[i]) / (xs[i + 1] > xs[i] ? xs[i + 1] - xs[i] : 1.0))
            .ToList();
        var steepest = Enumerable.Range(0, steps).MaxBy(i => gains[i]);
        if (!(gains[steepest] > 0.0))
        {
            return new CurveBend(false, steepest, null);
        }

        var flat = FlatShareOfSteepest * gains[steepest];
        var bend = steps;
        while (bend > steepest + 1 && gains[bend - 1] < flat)
        {
            bend--;
        }

        return new CurveBend(true, steepest, bend < steps ? bend : null);
    }
}
