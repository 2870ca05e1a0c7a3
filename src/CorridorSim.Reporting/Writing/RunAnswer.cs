using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Saturation;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The answer of a single scenario in plain sentences: delivered against demand and whether the corridor
/// keeps up (<see cref="KeepUpRule"/>), transit p50 and p95 overall and per flow group, what cargo
/// waits for most, the backlog left. Shared by <c>report.md</c> and the console headline.
/// </summary>
/// <remarks>Every number is a value of <c>summary.csv</c> or <c>bottlenecks.csv</c>, formatted by <see cref="ReportNumber"/>.</remarks>
public static class RunAnswer
{
    /// <summary>
    /// The most the tonnes held may grow a year, as a share of the annual demand, for the corridor to keep up
    /// (the upper 95% bound of <c>backlog_growth_tonnes_per_year</c> must be below it): <see cref="KeepUpRule.BacklogGrowthLimitShare"/>.
    /// </summary>
    public const double BacklogGrowthLimitShare = KeepUpRule.BacklogGrowthLimitShare;

    /// <summary>The least <c>cohort_delivered_share</c> with which the corridor keeps up: <see cref="KeepUpRule.CohortShareRequired"/>.</summary>
    public const double CohortShareRequired = KeepUpRule.CohortShareRequired;

    /// <summary>The run report's answer in words: delivered against demand, transit time, backlog and what cargo waits for most.</summary>
    public static IReadOnlyList<string> Sentences(ExperimentResult result, IReadOnlyList<Bottleneck> ranking)
    {
        var sentences = new List<string>();
        if (Delivered(result) is { } delivered)
        {
            sentences.Add(delivered);
        }

        if (Transit(result) is { } transit)
        {
            sentences.Add(transit);
        }

        if (GroupTransit(result) is { } groups)
        {
            sentences.Add(groups);
        }

        sentences.Add(BottleneckSentence.For(ranking));
        if (Find(result, Kpis.BacklogTonnesEnd) is { } backlog)
        {
            sentences.Add($"At the end of the horizon {ReportNumber.Format(backlog.Mean)} tonnes were still in the system.");
        }

        return sentences;
    }

    internal static KpiSummary? Find(ExperimentResult result, KpiDefinition kpi) => result.Summary.FirstOrDefault(s => s.Kpi == kpi.Name);

    private static string? Delivered(ExperimentResult result)
    {
        var delivered = Find(result, Kpis.DeliveredTonnesPerYear);
        var demand = Find(result, Kpis.DemandTonnesPerYear);
        var share = Find(result, Kpis.DeliveredShare);
        if (delivered is null || demand is null)
        {
            return null;
        }

        var text = $"Delivered {ReportNumber.Format(delivered.Mean)} tonnes a year against a demand of {ReportNumber.Format(demand.Mean)} tonnes a year";
        if (share is null)
        {
            return text + ".";
        }

        // With nothing offered there is nothing to fall short of: say so instead of judging a share of zero.
        if (!(demand.Mean > 0.0))
        {
            return text + ": no cargo was offered in the measurement window, so there is no share of demand to judge.";
        }

        text += $": {ReportNumber.Percent(share.Mean)} of demand";
        if (!double.IsNaN(share.Ci95Low) && !double.IsNaN(share.Ci95High))
        {
            text += $" (95% interval {ReportNumber.Percent(share.Ci95Low)} to {ReportNumber.Percent(share.Ci95High)})";
        }

        return Verdict(result, demand.Mean) is { } verdict ? $"{text}, and {verdict}." : text + ".";
    }

    /// <summary>
    /// Whether the corridor keeps up, by <see cref="KeepUpRule"/>: the backlog slope's upper bound (its mean with
    /// one replication) against the tolerance, and the cohort share against its floor; null without those KPIs.
    /// </summary>
    private static string? Verdict(ExperimentResult result, double demand)
    {
        var growth = Find(result, Kpis.BacklogGrowthTonnesPerYear);
        var cohort = Find(result, Kpis.CohortDeliveredShare);
        if (growth is null || cohort is null || double.IsNaN(growth.Mean))
        {
            return null;
        }

        var limit = KeepUpRule.BacklogGrowthLimit(demand);
        var upper = double.IsNaN(growth.Ci95High) ? growth.Mean : growth.Ci95High;
        var cohortKeepsUp = double.IsNaN(cohort.Mean) || cohort.Mean >= CohortShareRequired;
        var cohortText = double.IsNaN(cohort.Mean)
            ? "no flow created cargo early enough in the window to be sure to arrive"
            : $"{ReportNumber.Percent(cohort.Mean)} of the cargo that had time to arrive did";
        if (upper < limit && cohortKeepsUp)
        {
            return $"the corridor keeps up with its demand: the tonnes held grow by at most {ReportNumber.Format(Math.Max(0, upper))} t a year "
                + $"(the upper 95% bound; below {ReportNumber.Threshold(BacklogGrowthLimitShare)} of demand, {ReportNumber.Format(limit)} t), and {cohortText}";
        }

        var rate = $"{ReportNumber.Format(growth.Mean)} t a year";
        if (!double.IsNaN(growth.Ci95Low) && !double.IsNaN(growth.Ci95High))
        {
            rate += $" (95% interval {ReportNumber.Format(growth.Ci95Low)} to {ReportNumber.Format(growth.Ci95High)})";
        }

        // The rate is the whole window's least-squares slope, not the slope after the saturation day, so the
        // sentence says when the growth set in beside the rate instead of quoting the rate "from" that day.
        var from = Find(result, Kpis.SaturationDay) is { Mean: var day } && !double.IsNaN(day)
            ? $", the growth setting in about {RunCalendar.DateOf(day, result.Spec.StartMonth)} (day {Math.Floor(day).ToString("0", System.Globalization.CultureInfo.InvariantCulture)} of the run)"
            : "";
        var growing = upper < limit
            ? $"the tonnes held grow by no more than {ReportNumber.Format(Math.Max(0, upper))} t a year, but only {cohortText} (at least {ReportNumber.Threshold(CohortShareRequired)} must)"
            : $"the tonnes held in it grow by {rate} over the window{from}, and {cohortText}";
        return $"the corridor does not keep up with its demand: {growing}";
    }

    /// <summary>
    /// Each flow group's transit p50 and p95 (China–Europe containers first when present); null when the
    /// result has no group KPIs.
    /// </summary>
    private static string? GroupTransit(ExperimentResult result)
    {
        var parts = new List<string>();
        foreach (var group in HeadlineKpi.Groups(result))
        {
            var p50 = result.Summary.FirstOrDefault(s => s.Kpi == $"{Kpis.GroupTransitDaysP50.Name}:{group}");
            var p95 = result.Summary.FirstOrDefault(s => s.Kpi == $"{Kpis.GroupTransitDaysP95.Name}:{group}");
            if (p50 is null || p95 is null)
            {
                continue;
            }

            parts.Add(double.IsNaN(p50.Mean) || double.IsNaN(p95.Mean)
                ? $"{group} none delivered"
                : $"{group} {ReportNumber.Format(p50.Mean)} / {ReportNumber.Format(p95.Mean)}");
        }

        return parts.Count == 0 ? null : $"Transit days by flow group (half at most / 95% at most): {string.Join("; ", parts)}.";
    }

    private static string? Transit(ExperimentResult result)
    {
        var p50 = Find(result, Kpis.TransitDaysP50);
        var p95 = Find(result, Kpis.TransitDaysP95);
        if (p50 is null || p95 is null)
        {
            return null;
        }

        if (double.IsNaN(p50.Mean) || double.IsNaN(p95.Mean))
        {
            return "Transit time: no consignment created in the measurement window was delivered by its end, so there is no transit time to report.";
        }

        return $"Transit time: half the consignments took at most {ReportNumber.Format(p50.Mean)} days from origin to destination, and 95% at most {ReportNumber.Format(p95.Mean)} days.";
    }
}
