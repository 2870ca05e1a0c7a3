using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The answer of a comparison in plain sentences: for each headline KPI, which scenario wins, by how much
/// against the first scenario, and whether that difference is significant.
/// </summary>
/// <remarks>
/// Differences are only known against the first scenario (paired on common random numbers), so when the
/// first scenario is best the sentence names the best alternative and its difference to the first.
/// Every number is a value of <c>comparison.csv</c>.
/// </remarks>
public static class CompareAnswer
{
    /// <summary>The compare report's answer in words, one sentence per headline KPI.</summary>
    public static IReadOnlyList<string> Sentences(IReadOnlyList<ComparisonRow> rows)
    {
        var sentences = new List<string>();
        foreach (var headline in HeadlineKpi.All)
        {
            var kpiRows = rows.Where(r => r.Kpi == headline.Name && !double.IsNaN(r.Mean)).ToList();
            if (kpiRows.Count >= 2)
            {
                sentences.Add(Sentence(headline, kpiRows));
            }
        }

        return sentences;
    }

    private static string Sentence(KpiDefinition headline, List<ComparisonRow> rows)
    {
        var first = rows[0];
        var best = Best(headline, rows);
        var words = CompareCharts.Capitalise(headline.Words);
        if (best == first)
        {
            var runnerUp = Best(headline, rows.Skip(1).ToList());
            return $"{words}: {first.Scenario} stays best at {ReportNumber.WithUnit(first.Mean, first.Unit)}; "
                + $"the best alternative, {runnerUp.Scenario}, differs by {Difference(runnerUp)}.";
        }

        return $"{words}: {best.Scenario} wins at {ReportNumber.WithUnit(best.Mean, best.Unit)} against "
            + $"{ReportNumber.WithUnit(first.Mean, first.Unit)} for {first.Scenario}, a difference of {Difference(best)}.";
    }

    private static string Difference(ComparisonRow row)
    {
        var text = ReportNumber.WithUnit(row.DiffVsFirst, row.Unit, signed: true);
        if (!double.IsNaN(row.DiffCi95Low) && !double.IsNaN(row.DiffCi95High))
        {
            text += $" (95% interval {ReportNumber.InUnit(row.DiffCi95Low, row.Unit, signed: true)} to {ReportNumber.InUnit(row.DiffCi95High, row.Unit, signed: true)})";
        }

        return text + (row.Significant ? ", significant" : ", not significant");
    }

    private static ComparisonRow Best(KpiDefinition headline, List<ComparisonRow> rows) =>
        headline.HigherIsBetter ? rows.MaxBy(r => r.Mean)! : rows.MinBy(r => r.Mean)!;
}
