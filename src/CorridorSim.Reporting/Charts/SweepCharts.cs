using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The charts of a sweep: for each headline KPI, its mean against the varied parameter with the 95%
/// confidence interval as a band.
/// </summary>
public static class SweepCharts
{
    public static string FileNameOf(string kpi) => $"sweep-{kpi}.png";

    public static IReadOnlyList<Chart> Build(IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points)
    {
        var axis = SweepAxis.Of(keys, points);
        var order = Enumerable.Range(0, points.Count).OrderBy(i => axis.Xs[i]).ToList();
        var charts = new List<Chart>();
        foreach (var headline in HeadlineKpi.All)
        {
            var curve = order
                .Select(i => (X: axis.Xs[i], Kpi: points[i].Result.Summary.FirstOrDefault(s => s.Kpi == headline.Name)))
                .Where(p => p.Kpi is not null)
                .Select(p => (p.X, Kpi: p.Kpi!))
                .ToList();
            if (curve.Count == 0)
            {
                continue;
            }

            var xs = curve.Select(p => p.X).ToList();
            var means = curve.Select(p => p.Kpi.Mean).ToList();
            charts.Add(new Chart(
                FileNameOf(headline.Name),
                $"{CompareCharts.Capitalise(headline.Words)} against {axis.Label} (mean and 95% interval)",
                axis.Label,
                $"{headline.Name} ({curve[0].Kpi.Unit})",
                [
                    new IntervalSeries("95% interval", xs, means, curve.Select(p => p.Kpi.Ci95Low).ToList(), curve.Select(p => p.Kpi.Ci95High).ToList(), IntervalStyle.Band),
                    new LineSeries("mean", xs, means),
                ],
                [],
                axis.Ticks,
                headline.Name == HeadlineKpi.DeliveredShare ? AxisFormat.Percent : AxisFormat.Number));
        }

        return charts;
    }
}
