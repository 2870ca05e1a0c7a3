using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The utilisation chart: each facility's mean busy share of its binding capacity over the
/// replications, as lying bars, the busiest at the top.
/// </summary>
/// <remarks>Origins and destinations are left out: they have no capacity that can be busy.</remarks>
public static class UtilisationChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "utilisation.png";

    private static readonly FacilityKind[] WithoutCapacity = [FacilityKind.Origin, FacilityKind.Destination];

    /// <summary>Mean utilisation per facility with capacity, across replications.</summary>
    public static Chart Build(ExperimentResult result)
    {
        var facilities = result.Replications
            .SelectMany(r => r.Facilities)
            .Where(f => !WithoutCapacity.Contains(f.Kind))
            .GroupBy(f => f.Facility)
            .Select(g => (Facility: g.Key, Utilisation: g.Average(f => f.Utilisation)))
            .OrderBy(f => f.Utilisation)
            .ThenByDescending(f => f.Facility, StringComparer.Ordinal)
            .ToList();
        var positions = Enumerable.Range(0, facilities.Count).Select(i => (double)i).ToList();
        return new Chart(
            FileName,
            $"Utilisation per facility (mean of {result.Replications.Count} replications)",
            "utilisation (share of capacity busy)",
            "facility",
            [new BarSeries("utilisation", positions, facilities.Select(f => f.Utilisation).ToList(), 0.8, Horizontal: true)],
            [],
            facilities.Select((f, i) => new ChartTick(i, f.Facility)).ToList(),
            AxisFormat.Percent,
            facilities.Count == 0 ? "No facility with a capacity was recorded." : null,
            ValueMin: 0.0,
            ValueMax: 1.0);
    }
}
