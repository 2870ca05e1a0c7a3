using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The answer of a single scenario in plain sentences: delivered against demand, transit p50 and p95,
/// what cargo waits for most, the backlog left. Shared by <c>report.md</c> and the console headline.
/// </summary>
/// <remarks>Every number is a value of <c>summary.csv</c> or <c>bottlenecks.csv</c>, formatted by <see cref="ReportNumber"/>.</remarks>
public static class RunAnswer
{
    /// <summary>Delivered share from which the corridor is said to carry its demand.</summary>
    public const double CarriesDemandShare = 0.98;

    /// <summary>
    /// How much more than the normal in-transit stock the end backlog may be while the corridor still keeps
    /// up: a window always ends with cargo on its way, which is no shortfall.
    /// </summary>
    public const double PipelineAllowance = 1.25;

    /// <summary>The run report's answer in words: delivered against demand, transit time, backlog and the binding facility.</summary>
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

        var pipeline = InTransitStock(result, demand.Mean);
        var backlog = Find(result, Kpis.BacklogTonnesEnd)?.Mean;
        var verdict = share.Mean >= CarriesDemandShare ? "the corridor carries its demand"
            : pipeline is { } normal && backlog is { } held && held <= PipelineAllowance * normal
                ? $"the corridor keeps up with its demand: what is missing is the cargo still on its way when the window ends ({ReportNumber.Format(held)} t held against {ReportNumber.Format(normal)} t normally in transit, demand × mean transit)"
                : "the corridor falls short of its demand";
        text += $": {ReportNumber.Percent(share.Mean)} of demand";
        if (!double.IsNaN(share.Ci95Low) && !double.IsNaN(share.Ci95High))
        {
            text += $" (95% interval {ReportNumber.Percent(share.Ci95Low)} to {ReportNumber.Percent(share.Ci95High)})";
        }

        return $"{text}, so {verdict}.";
    }

    /// <summary>
    /// The tonnes normally in transit by Little's law: the demand rate times the mean transit time; null
    /// when the transit time is unknown.
    /// </summary>
    private static double? InTransitStock(ExperimentResult result, double demandTonnesPerYear) =>
        Find(result, Kpis.TransitDaysMean) is { Mean: var days } && !double.IsNaN(days)
            ? demandTonnesPerYear * days / 365.0
            : null;

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
