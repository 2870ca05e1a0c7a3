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
    /// <summary>The sweep report's answer in words: where each headline KPI's curve bends.</summary>
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
            var bend = curve.Bend(headline);
            if (!bend.Improves)
            {
                sentences.Add($"{span} No step of the sweep improves it.");
                continue;
            }

            var s = bend.SteepestStep;
            var steepest = $"{Name(s)} → {Name(s + 1)} ({Bare(s)} → {Bare(s + 1)})";
            sentences.Add(bend.BendIndex is { } k
                ? $"{span} The curve bends at {Name(k)} ({Value(k)}): beyond it each step gains, per unit, less than {ReportNumber.Threshold(CurveBend.FlatShareOfSteepest)} of what the steepest step gained, {steepest}."
                : $"{span} The curve does not flatten within the sweep: the steepest step is {steepest}, and the last steps still gain.");
        }

        return sentences;
    }

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
