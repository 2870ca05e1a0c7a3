using CorridorSim.Experiments;

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
    public static IReadOnlyList<string> Sentences(IReadOnlyList<ComparisonRow> rows)
    {
        var sentences = new List<string>();
        foreach (var headline in HeadlineKpi.All)
        {
            var kpiRows = rows.Where(r => r.Kpi == headline.Name && !double.IsNaN(r.Mean)).ToList();
            if (kpiRows.Count < 2)
            {
                continue;
            }

            sentences.Add(Sentence(headline, kpiRows));
        }

        return sentences;
    }

    private static string Sentence(HeadlineKpi headline, List<ComparisonRow> rows)
    {
        var first = rows[0];
        var best = Best(headline, rows);
        var words = Charts.CompareCharts.Capitalise(headline.Words);
        if (best == first)
        {
            var runnerUp = Best(headline, rows.Skip(1).ToList());
            return $"{words}: {first.Scenario} stays best at {ReportNumber.Format(first.Mean)} {first.Unit}; "
                + $"the best alternative, {runnerUp.Scenario}, differs by {Difference(runnerUp)}.";
        }

        return $"{words}: {best.Scenario} wins at {ReportNumber.Format(best.Mean)} {best.Unit}, "
            + $"against {ReportNumber.Format(first.Mean)} for {first.Scenario}: a difference of {Difference(best)}.";
    }

    private static string Difference(ComparisonRow row)
    {
        var text = $"{ReportNumber.Signed(row.DiffVsFirst)} {row.Unit}";
        if (!double.IsNaN(row.DiffCi95Low) && !double.IsNaN(row.DiffCi95High))
        {
            text += $" (95% interval {ReportNumber.Signed(row.DiffCi95Low)} to {ReportNumber.Signed(row.DiffCi95High)})";
        }

        return text + (row.Significant ? ", significant" : ", not significant");
    }

    private static ComparisonRow Best(HeadlineKpi headline, List<ComparisonRow> rows) =>
        headline.HigherIsBetter ? rows.MaxBy(r => r.Mean)! : rows.MinBy(r => r.Mean)!;
}
