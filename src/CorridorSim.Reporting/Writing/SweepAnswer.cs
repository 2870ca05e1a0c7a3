using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The answer of a sweep in plain sentences: for each headline KPI, how it moves over the sweep and where
/// its curve bends (<see cref="CurveBend"/>). Every number is a value of <c>sweep.csv</c>.
/// </summary>
public static class SweepAnswer
{
    public static IReadOnlyList<string> Sentences(IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points)
    {
        var axis = SweepAxis.Of(keys, points);
        var sentences = new List<string>();
        foreach (var headline in HeadlineKpi.All)
        {
            var curve = Enumerable.Range(0, points.Count)
                .OrderBy(i => axis.Xs[i])
                .Select(i => (Index: i, X: axis.Xs[i], Kpi: points[i].Result.Summary.FirstOrDefault(s => s.Kpi == headline.Name)))
                .Where(p => p.Kpi is not null && !double.IsNaN(p.Kpi.Mean))
                .Select(p => (p.Index, p.X, Kpi: p.Kpi!))
                .ToList();
            if (curve.Count < 2)
            {
                continue;
            }

            var bend = CurveBend.Find(curve.Select(p => p.X).ToList(), curve.Select(p => p.Kpi.Mean).ToList(), headline.HigherIsBetter);
            string At(int i) => $"{ReportNumber.Format(curve[i].Kpi.Mean)} {curve[i].Kpi.Unit} at {PointName(keys, points[curve[i].Index])}";
            var words = CompareCharts.Capitalise(headline.Words);
            var span = $"{words} goes from {At(0)} to {At(curve.Count - 1)}";
            if (!bend.Improves)
            {
                sentences.Add($"{span}: no step of the sweep improves it.");
                continue;
            }

            var steep = $"the steepest step, to {PointName(keys, points[curve[bend.SteepestStep + 1].Index])}, took it from {ReportNumber.Format(curve[bend.SteepestStep].Kpi.Mean)} to {ReportNumber.Format(curve[bend.SteepestStep + 1].Kpi.Mean)}";
            sentences.Add(bend.BendIndex is { } k
                ? $"{span}. The curve bends at {PointName(keys, points[curve[k].Index])} ({ReportNumber.Format(curve[k].Kpi.Mean)}): beyond it each step improves it, per unit, by less than {ReportNumber.Percent(CurveBend.FlatShareOfSteepest)} of the steepest step ({steep})."
                : $"{span}. The curve does not flatten within the sweep: {steep}, and the last steps still gain.");
        }

        return sentences;
    }

    /// <summary>A point named by its settings, e.g. <c>sea_services.aktau_baku.vessels=8</c>.</summary>
    internal static string PointName(IReadOnlyList<string> keys, SweepPoint point)
    {
        var values = SweepSettings.ValuesOf(point, keys);
        return string.Join(", ", keys.Select((k, i) => $"{k}={values[i]}"));
    }
}
