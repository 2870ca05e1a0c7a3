using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// One headline KPI over a sweep: the points that report it with a defined mean, in ascending order of
/// their place on the sweep axis. The sweep chart and the sweep answer both read this one curve.
/// </summary>
internal sealed record SweepCurve(IReadOnlyList<(SweepPoint Point, double X, KpiSummary Kpi)> Points)
{
    public int Count => Points.Count;

    public (SweepPoint Point, double X, KpiSummary Kpi) this[int i] => Points[i];

    public static SweepCurve Of(KpiDefinition headline, IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points)
    {
        var axis = SweepAxis.Of(keys, points);
        var curve = new List<(SweepPoint, double, KpiSummary)>();
        foreach (var i in Enumerable.Range(0, points.Count).OrderBy(i => axis.Xs[i]))
        {
            if (points[i].Result.Summary.FirstOrDefault(s => s.Kpi == headline.Name) is { } kpi && !double.IsNaN(kpi.Mean))
            {
                curve.Add((points[i], axis.Xs[i], kpi));
            }
        }

        return new SweepCurve(curve);
    }

    public CurvePeak Peak(KpiDefinition headline) =>
        CurvePeak.Find(Points.Select(p => p.Kpi.Mean).ToList(), Points.Select(p => (p.Kpi.Ci95High - p.Kpi.Ci95Low) / 2).ToList(), headline.HigherIsBetter);

    public CurveBend Bend(KpiDefinition headline) =>
        CurveBend.Find(Points.Select(p => p.X).ToList(), Points.Select(p => p.Kpi.Mean).ToList(), headline.HigherIsBetter);
}
