using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// Transit time per flow: each flow's p50 and p95 (the means over the replications of
/// <c>transit_days_p50:&lt;flow&gt;</c> and <c>transit_days_p95:&lt;flow&gt;</c>), so that China–Europe
/// containers are not hidden among oil and grain as they are in the pooled histogram.
/// </summary>
public static class TransitByFlowChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "transit-by-flow.png";

    /// <summary>p50 and p95 transit days of every flow of the scenario, in the scenario's order.</summary>
    public static Chart Build(ExperimentResult result)
    {
        var byName = result.Summary.ToDictionary(s => s.Kpi, StringComparer.Ordinal);
        var flows = result.Spec.Flows.Select(f => f.Name)
            .Where(f => byName.ContainsKey(Kpis.TransitDaysP50.FlowName(f)) || byName.ContainsKey(Kpis.TransitDaysP95.FlowName(f)))
            .ToList();
        double Mean(KpiDefinition kpi, string flow) => byName.TryGetValue(kpi.FlowName(flow), out var s) ? s.Mean : double.NaN;
        var xs = Enumerable.Range(0, flows.Count).Select(i => (double)i).ToList();
        return new Chart(
            FileName,
            $"Transit time per flow: p50 and p95 (mean of {result.Replications.Count} replications)",
            "flow",
            "Transit (days)",
            [
                new DotSeries("p50 (half the consignments took at most this)", xs, flows.Select(f => Mean(Kpis.TransitDaysP50, f)).ToList()),
                new DotSeries("p95", xs, flows.Select(f => Mean(Kpis.TransitDaysP95, f)).ToList()),
            ],
            [],
            flows.Select((f, i) => new ChartTick(i, f)).ToList(),
            Note: flows.Count == 0 ? "No flow delivered a consignment in the measurement window." : null,
            ValueMin: 0.0);
    }
}
