using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The answer of a comparison in plain sentences: for each headline KPI, whether each scenario is better or
/// worse than the first by the KPI's direction, by how much, with the paired 95% interval — or that there is
/// no significant difference when that interval spans zero.
/// </summary>
/// <remarks>
/// Differences are only known against the first scenario (paired on common random numbers). When the
/// scenarios' demand differs, tonnes say more about the demand than about the corridor: the answer then
/// says so and compares shares (<c>delivered_share</c>, <c>cohort_delivered_share</c>) instead of the tonnes
/// delivered and held. Every number is a value of <c>comparison.csv</c>.
/// </remarks>
public static class CompareAnswer
{
    /// <summary>Demand that differs from the first scenario's by more than this share counts as different demand.</summary>
    public const double DemandDifferenceShare = 0.005;

    /// <summary>The KPIs in tonnes, left out when demand differs.</summary>
    private static readonly HashSet<string> Tonnes = [Kpis.DeliveredTonnesPerYear.Name, Kpis.BacklogTonnesEnd.Name, Kpis.BacklogGrowthTonnesPerYear.Name];

    /// <summary>The compare report's answer in words: a note when demand differs, then one sentence per headline KPI.</summary>
    public static IReadOnlyList<string> Sentences(IReadOnlyList<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sentences = new List<string>();
        var note = DemandNote(rows);
        var demandDiffers = note is not null;
        if (note is not null)
        {
            sentences.Add(note);
        }

        foreach (var headline in HeadlineKpi.All.Append(Kpis.CohortDeliveredShare))
        {
            if (demandDiffers && Tonnes.Contains(headline.Name))
            {
                continue;
            }

            var kpiRows = rows.Where(r => r.Kpi == headline.Name && !double.IsNaN(r.Mean)).ToList();
            if (kpiRows.Count >= 2)
            {
                sentences.Add(Sentence(headline, kpiRows));
            }
        }

        return sentences;
    }

    private static string? DemandNote(IReadOnlyList<ComparisonRow> rows)
    {
        var demand = rows.Where(r => r.Kpi == Kpis.DemandTonnesPerYear.Name && !double.IsNaN(r.Mean)).ToList();
        if (demand.Count < 2)
        {
            return null;
        }

        var first = demand[0];
        var differs = demand.Skip(1).Any(r => r.Significant || Math.Abs(r.Mean - first.Mean) > DemandDifferenceShare * Math.Abs(first.Mean));
        return differs
            ? $"Demand differs ({string.Join(", ", demand.Select(r => $"{r.Scenario} {ReportNumber.WithUnit(r.Mean, r.Unit)}"))}), so the scenarios are compared on shares of their own demand, not on tonnes."
            : null;
    }

    private static string Sentence(KpiDefinition headline, List<ComparisonRow> rows)
    {
        var first = rows[0];
        var words = CompareCharts.Capitalise(headline.Words);
        var verdicts = rows.Skip(1).Select(r => Verdict(headline, r));
        return $"{words}: against {first.Scenario} at {Value(first)}, {string.Join("; ", verdicts)}.";
    }

    private static string Verdict(KpiDefinition headline, ComparisonRow row)
    {
        var interval = double.IsNaN(row.DiffCi95Low) || double.IsNaN(row.DiffCi95High)
            ? ""
            : $" (95% interval {Difference(row.DiffCi95Low, row)} to {Difference(row.DiffCi95High, row)})";
        if (!row.Significant)
        {
            var spans = interval.Length > 0 ? ", the interval spans zero" : "";
            return $"{row.Scenario} at {Value(row)} shows no significant difference: {ReportNumber.WithUnit(row.DiffVsFirst, row.Unit, signed: true)}{interval}{spans}";
        }

        var better = headline.Direction switch
        {
            KpiDirection.MoreIsBetter => row.DiffVsFirst > 0 ? "better" : "worse",
            KpiDirection.LessIsBetter => row.DiffVsFirst < 0 ? "better" : "worse",
            _ => row.DiffVsFirst > 0 ? "higher" : "lower",
        };
        return $"{row.Scenario} at {Value(row)} is significantly {better}, by {ReportNumber.WithUnit(row.DiffVsFirst, row.Unit, signed: true)}{interval}";
    }

    private static string Value(ComparisonRow row) => ReportNumber.WithUnit(row.Mean, row.Unit);

    private static string Difference(double value, ComparisonRow row) => ReportNumber.InUnit(value, row.Unit, signed: true);
}
