using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The answer of a sweep in plain sentences: for each headline KPI, how it moves over the sweep, its best point
/// and whether the curve still improves, flattens or worsens beyond it (<see cref="CurvePeak"/>). Every number
/// is a value of <c>sweep.csv</c>.
/// </summary>
public static class SweepAnswer
{
    /// <summary>The sweep report's answer in words: each headline KPI's peak and what its curve does beyond it.</summary>
    public static IReadOnlyList<string> Sentences(IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points)
    {
        var sentences = new List<string>();
        foreach (var headline in HeadlineKpi.All)
        {
            var curve = SweepCurve.Of(headline, keys, points);
            if (curve.Count < 2)
            {
                continue;
            }

            string Name(int i) => PointName(keys, curve[i].Point);
            string Value(int i) => ReportNumber.WithUnit(curve[i].Kpi.Mean, curve[i].Kpi.Unit);
            string Bare(int i) => curve[i].Kpi.Unit == "fraction" ? ReportNumber.Percent(curve[i].Kpi.Mean) : ReportNumber.Format(curve[i].Kpi.Mean);
            var words = CompareCharts.Capitalise(headline.Words);
            var span = $"{words}: {Value(0)} at {Name(0)}, {Value(curve.Count - 1)} at {Name(curve.Count - 1)}.";
            var peak = curve.Peak(headline);
            var (k, level, last) = (peak.PeakIndex, peak.LevelIndex, curve.Count - 1);
            var (improves, worsens) = headline.HigherIsBetter ? ("rises", "falls") : ("falls", "rises");
            var tolerance = ReportNumber.WithUnit(CurvePeak.Tolerance(curve[k].Kpi.Mean, HalfWidth(curve[k].Kpi)), curve[k].Kpi.Unit);
            sentences.Add(peak.After switch
            {
                CurveAfterPeak.StillImproving =>
                    $"{span} It is best at the last point, {Name(k)}: the curve still {improves} at the end of the sweep ({Bare(last - 1)} → {Bare(last)}).",
                CurveAfterPeak.Worsens =>
                    $"{span} It peaks at {Name(k)} ({Value(k)}) and {worsens} beyond it, to {Value(peak.WorstAfterIndex!.Value)} at {Name(peak.WorstAfterIndex!.Value)}.",
                _ => level == k
                    ? $"{span} It is best at {Name(k)} ({Value(k)}) and flattens beyond it: every further point is within {tolerance} of it."
                    : $"{span} It reaches its best level at {Name(level)} ({Value(level)}) and flattens beyond it: every further point is within {tolerance} of the best, {Value(k)} at {Name(k)}.",
            });
        }

        return sentences;
    }

    private static double HalfWidth(KpiSummary kpi) => (kpi.Ci95High - kpi.Ci95Low) / 2;

    /// <summary>
    /// A point named by its settings, each key by its last part when that is unambiguous
    /// (<c>vessels=8</c>), otherwise by its whole path.
    /// </summary>
    public static string PointName(IReadOnlyList<string> keys, SweepPoint point)
    {
        var values = SweepSettings.ValuesOf(point, keys);
        var names = ShortNames(keys);
        return string.Join(", ", names.Select((k, i) => $"{k}={values[i]}"));
    }

    private static IReadOnlyList<string> ShortNames(IReadOnlyList<string> keys)
    {
        var shortNames = keys.Select(k => k[(k.LastIndexOf('.') + 1)..]).ToList();
        return shortNames.Distinct(StringComparer.Ordinal).Count() == shortNames.Count && shortNames.All(s => s.Length > 0) ? shortNames : keys;
    }
}
