using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The utilisation chart: each facility's mean busy share of its binding capacity over the replications,
/// as lying bars grouped by kind (one colour each), the busiest of each kind at the top of its group, with
/// a line where the bottleneck ranking puts waits down to capacity.
/// </summary>
/// <remarks>
/// Origins and destinations are left out (they have no capacity that can be busy), and so are facilities
/// that were never busy: a bar of zero says nothing and crowds out the ones that matter.
/// </remarks>
public static class UtilisationChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "utilisation.png";

    /// <summary>The kinds with a capacity, in the order their groups stand from the top of the chart.</summary>
    private static readonly (FacilityKind Kind, string Label)[] Groups =
    [
        (FacilityKind.Port, "ports"),
        (FacilityKind.SeaService, "sea services"),
        (FacilityKind.Border, "borders"),
        (FacilityKind.RailLeg, "rail legs"),
        (FacilityKind.RoadLeg, "road legs"),
    ];

    /// <summary>Mean utilisation per facility with capacity that was ever busy, across replications, grouped by kind.</summary>
    public static Chart Build(ExperimentResult result)
    {
        var facilities = result.Replications
            .SelectMany(r => r.Facilities)
            .Where(f => Groups.Any(g => g.Kind == f.Kind))
            .GroupBy(f => f.Facility, StringComparer.Ordinal)
            .Select(g => (Facility: g.Key, g.First().Kind, Utilisation: g.Average(f => f.Utilisation)))
            .Where(f => f.Utilisation > 0.0)
            .ToList();

        // Bottom to top: the last group first, each group's least busy first, so the busiest port is on top.
        var ordered = Groups.Reverse()
            .SelectMany(g => facilities.Where(f => f.Kind == g.Kind)
                .OrderBy(f => f.Utilisation)
                .ThenByDescending(f => f.Facility, StringComparer.Ordinal))
            .ToList();
        var series = Groups
            .Select(g => (g.Label, Bars: ordered.Select((f, i) => (f, Position: (double)i)).Where(p => p.f.Kind == g.Kind).ToList()))
            .Where(g => g.Bars.Count > 0)
            .Select(g => (ChartSeries)new BarSeries(g.Label, g.Bars.Select(b => b.Position).ToList(), g.Bars.Select(b => b.f.Utilisation).ToList(), 0.8, Horizontal: true))
            .ToList();
        return new Chart(
            FileName,
            $"Utilisation per facility, by kind (mean of {result.Replications.Count} replications; never-busy facilities left out)",
            "Utilisation (share of capacity busy)",
            "facility",
            series.Count > 0 ? series : [new BarSeries("utilisation", [], [], 0.8, Horizontal: true)],
            [],
            ordered.Select((f, i) => new ChartTick(i, f.Facility)).ToList(),
            AxisFormat.Percent,
            ordered.Count == 0 ? "No facility with a capacity was busy." : null,
            ValueMin: 0.0,
            ValueMax: 1.0)
        {
            ValueMarkers = [new ChartMarker(BottleneckRanking.CapacityUtilisation, $"capacity binds from {ReportNumber.Threshold(BottleneckRanking.CapacityUtilisation)}")],
        };
    }
}
