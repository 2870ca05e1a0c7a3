using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The charts of a sweep: for each headline KPI, its mean against the varied parameter with the 95%
/// confidence interval as a band, and the point where the curve bends marked; values in the unit of the
/// KPI's axis title (<see cref="KpiDefinition.Axis"/>, e.g. Mt/yr).
/// </summary>
public static class SweepCharts
{
    /// <summary>The chart file of one swept KPI.</summary>
    public static string FileNameOf(string kpi) => $"sweep-{kpi}.png";

    /// <summary>One chart per KPI: its mean and interval at every sweep point.</summary>
    public static IReadOnlyList<Chart> Build(IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points)
    {
        var axis = SweepAxis.Of(keys, points);
        var charts = new List<Chart>();
        foreach (var headline in HeadlineKpi.All)
        {
            var curve = SweepCurve.Of(headline, keys, points);
            if (curve.Count == 0)
            {
                continue;
            }

            var scale = headline.AxisScale;
            var xs = curve.Points.Select(p => p.X).ToList();
            var means = curve.Points.Select(p => p.Kpi.Mean * scale).ToList();
            var bend = curve.Bend(headline);
            IReadOnlyList<ChartMarker> markers = bend.BendIndex is { } k
                ? [new ChartMarker(curve[k].X, $"curve bends at {SweepAnswer.PointName(keys, curve[k].Point)}")]
                : [];
            charts.Add(new Chart(
                FileNameOf(headline.Name),
                $"{CompareCharts.Capitalise(headline.Words)} against {axis.Label} (mean and 95% interval)",
                axis.Label,
                headline.Axis,
                [
                    new IntervalSeries("95% interval", xs, means, curve.Points.Select(p => p.Kpi.Ci95Low * scale).ToList(), curve.Points.Select(p => p.Kpi.Ci95High * scale).ToList(), IntervalStyle.Band),
                    new LineSeries("mean", xs, means),
                ],
                markers,
                axis.Ticks,
                headline == Kpis.DeliveredShare ? AxisFormat.Percent : AxisFormat.Number));
        }

        return charts;
    }
}
