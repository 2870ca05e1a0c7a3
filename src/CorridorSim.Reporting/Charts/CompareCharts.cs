using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The charts of a comparison: for each headline KPI, one bar per scenario at its mean with its 95%
/// confidence interval as an error bar.
/// </summary>
public static class CompareCharts
{
    /// <summary>The chart file of one compared KPI.</summary>
    public static string FileNameOf(string kpi) => $"compare-{kpi}.png";

    /// <summary>One chart per compared KPI, each scenario's mean with its interval.</summary>
    public static IReadOnlyList<Chart> Build(IReadOnlyList<ComparisonRow> rows)
    {
        var charts = new List<Chart>();
        foreach (var headline in HeadlineKpi.All)
        {
            var kpiRows = rows.Where(r => r.Kpi == headline.Name).ToList();
            if (kpiRows.Count == 0)
            {
                continue;
            }

            var xs = Enumerable.Range(0, kpiRows.Count).Select(i => (double)i).ToList();
            var means = kpiRows.Select(r => r.Mean).ToList();
            charts.Add(new Chart(
                FileNameOf(headline.Name),
                $"{Capitalise(headline.Words)} by scenario (mean and 95% interval)",
                "scenario",
                $"{headline.Name} ({kpiRows[0].Unit})",
                [
                    new BarSeries("mean", xs, means, 0.6),
                    new IntervalSeries("95% interval", xs, means, kpiRows.Select(r => r.Ci95Low).ToList(), kpiRows.Select(r => r.Ci95High).ToList(), IntervalStyle.ErrorBars),
                ],
                [],
                kpiRows.Select((r, i) => new ChartTick(i, r.Scenario)).ToList(),
                headline == Kpis.DeliveredShare ? AxisFormat.Percent : AxisFormat.Number,
                ValueMin: Math.Min(0.0, kpiRows.Min(r => double.IsNaN(r.Ci95Low) ? r.Mean : r.Ci95Low))));
        }

        return charts;
    }

    internal static string Capitalise(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
