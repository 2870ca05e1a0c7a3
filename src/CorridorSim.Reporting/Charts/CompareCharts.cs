using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The charts of a comparison: for each headline KPI, every other scenario's paired difference to the
/// first, a dot with its 95% interval as whiskers, around a line at zero.
/// </summary>
/// <remarks>
/// Differences rather than levels: two bars of 4.36 and 4.38 Mt look alike however sure the gain is, while
/// whiskers that clear the zero line show at a glance which differences are real.
/// </remarks>
public static class CompareCharts
{
    /// <summary>The chart file of one compared KPI.</summary>
    public static string FileNameOf(string kpi) => $"compare-{kpi}.png";

    /// <summary>One chart per compared KPI: each scenario after the first, its difference to the first and the interval of it.</summary>
    public static IReadOnlyList<Chart> Build(IReadOnlyList<ComparisonRow> rows)
    {
        var charts = new List<Chart>();
        foreach (var headline in HeadlineKpi.All)
        {
            var kpiRows = rows.Where(r => r.Kpi == headline.Name).ToList();
            if (kpiRows.Count < 2)
            {
                continue;
            }

            var first = kpiRows[0].Scenario;
            var others = kpiRows.Skip(1).ToList();
            var scale = headline.AxisScale;
            var xs = Enumerable.Range(0, others.Count).Select(i => (double)i).ToList();
            var diffs = others.Select(r => r.DiffVsFirst * scale).ToList();
            charts.Add(new Chart(
                FileNameOf(headline.Name),
                $"{Capitalise(headline.Words)}: difference to {first} (paired, 95% interval)",
                "scenario",
                $"{headline.Axis}, difference to {first}",
                [
                    new IntervalSeries("95% interval of the difference", xs, diffs, others.Select(r => r.DiffCi95Low * scale).ToList(), others.Select(r => r.DiffCi95High * scale).ToList(), IntervalStyle.ErrorBars),
                    new DotSeries($"difference to {first}", xs, diffs),
                ],
                [],
                others.Select((r, i) => new ChartTick(i, r.Scenario)).ToList(),
                headline == Kpis.DeliveredShare ? AxisFormat.Percent : AxisFormat.Number)
            {
                ValueMarkers = [new ChartMarker(0.0, "no difference")],
            });
        }

        return charts;
    }

    internal static string Capitalise(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
