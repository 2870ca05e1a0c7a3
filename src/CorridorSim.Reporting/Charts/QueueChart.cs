using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The queues-over-time chart: tonnes waiting at the end of each day at the main facilities (ports,
/// with their yards, and borders) that ever had cargo waiting, each day the mean over the replications.
/// </summary>
/// <remarks>
/// Tonnes rather than units, because wagons, containers and trucks only add up as tonnes. With more than
/// <see cref="MaxFacilities"/> such facilities, those with the longest mean queue are drawn.
/// </remarks>
public static class QueueChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "queues.png";

    /// <summary>The most facilities one chart draws, so that its lines stay readable.</summary>
    public const int MaxFacilities = 8;

    private static readonly FacilityKind[] MainKinds = [FacilityKind.Port, FacilityKind.Border];

    /// <summary>Tonnes queued at the end of each day at the ports and borders, mean over the replications.</summary>
    public static Chart Build(ExperimentResult result)
    {
        var kinds = result.Replications
            .SelectMany(r => r.Facilities)
            .GroupBy(f => f.Facility)
            .ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        var byFacility = result.Replications
            .SelectMany(r => r.Timeseries)
            .Where(p => kinds.TryGetValue(p.Facility, out var kind) && MainKinds.Contains(kind))
            .GroupBy(p => p.Facility)
            .Select(g => (Facility: g.Key, Days: g.GroupBy(p => p.Day).OrderBy(d => d.Key).Select(d => (Day: (double)d.Key, Tonnes: d.Average(p => p.QueueTonnes))).ToList()))
            // A line flat at zero says only "no queue here"; the chart is for the places where cargo waits.
            .Where(f => f.Days.Any(d => d.Tonnes > 0.0))
            .OrderByDescending(f => f.Days.Average(d => d.Tonnes))
            .ThenBy(f => f.Facility, StringComparer.Ordinal)
            .Take(MaxFacilities)
            .ToList();
        var series = byFacility
            .Select(f => (ChartSeries)new LineSeries(f.Facility, f.Days.Select(d => d.Day).ToList(), f.Days.Select(d => d.Tonnes).ToList()))
            .ToList();
        var warmup = result.Spec.WarmupDays;
        return new Chart(
            FileName,
            $"Cargo waiting at ports and borders, end of each day (mean of {result.Replications.Count} replications)",
            "Day of the horizon",
            "Cargo waiting (tonnes)",
            series,
            warmup > 0.0 ? [new ChartMarker(warmup, "end of warm-up")] : [],
            [],
            Note: series.Count == 0 ? "No cargo waited at any port or border at the end of a day." : null,
            ValueMin: 0.0);
    }
}
