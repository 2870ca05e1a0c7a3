using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// Transit time per flow group: each group's p50 and p95 (the means over the replications of
/// <c>group_transit_days_p50:&lt;group&gt;</c> and <c>group_transit_days_p95:&lt;group&gt;</c>, all the group's
/// flows pooled), so that China–Europe containers are not hidden among oil and grain as they are in the
/// pooled histogram.
/// </summary>
/// <remarks>
/// Dots for the two quantiles rather than a histogram per group: the results keep one pooled transit
/// sample, and the group quantiles the model computes from each group's own sample are the honest figures.
/// </remarks>
public static class TransitByGroupChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "transit-by-group.png";

    /// <summary>p50 and p95 transit days of every flow group of the scenario, in order of first appearance.</summary>
    public static Chart Build(ExperimentResult result)
    {
        var byName = result.Summary.ToDictionary(s => s.Kpi, StringComparer.Ordinal);
        var groups = result.Spec.Flows.Select(f => f.Group).Distinct(StringComparer.Ordinal)
            .Where(g => byName.ContainsKey($"{Kpis.GroupTransitDaysP50.Name}:{g}"))
            .ToList();
        double Mean(KpiDefinition kpi, string group) => byName.TryGetValue($"{kpi.Name}:{group}", out var s) ? s.Mean : double.NaN;
        var xs = Enumerable.Range(0, groups.Count).Select(i => (double)i).ToList();
        return new Chart(
            FileName,
            $"Transit time per flow group: p50 and p95 (mean of {result.Replications.Count} replications)",
            "flow group",
            "Transit (days)",
            [
                new DotSeries("p50: half the consignments took at most this", xs, groups.Select(g => Mean(Kpis.GroupTransitDaysP50, g)).ToList()),
                new DotSeries("p95", xs, groups.Select(g => Mean(Kpis.GroupTransitDaysP95, g)).ToList()),
            ],
            [],
            groups.Select((g, i) => new ChartTick(i, g)).ToList(),
            Note: groups.Count == 0 ? "No flow group delivered a consignment in the measurement window." : null,
            ValueMin: 0.0);
    }
}
