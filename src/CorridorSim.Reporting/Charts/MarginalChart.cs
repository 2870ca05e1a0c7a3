using CorridorSim.Experiments.Marginal;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The marginal-value chart: each tried change's paired gain in delivered tonnes a year as a dot with its 95%
/// interval as whiskers, lying along the value axis, rank 1 at the top, with a line at no change.
/// </summary>
public static class MarginalChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "marginal.png";

    /// <summary>The chart of a study's ranking.</summary>
    public static Chart Build(IReadOnlyList<MarginalRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // Rank 1 at the top: the category axis counts upwards.
        var positions = rows.Select(r => (double)(rows.Count - r.Rank)).ToList();
        return new Chart(
            FileName,
            "What one more unit is worth: gain in delivered tonnes a year (paired, 95% interval)",
            "delivered tonnes a year, change against the base",
            "change",
            [
                new IntervalSeries(
                    "gain and 95% interval",
                    positions,
                    rows.Select(r => r.DeliveredGain.Estimate).ToList(),
                    rows.Select(r => r.DeliveredGain.Low).ToList(),
                    rows.Select(r => r.DeliveredGain.High).ToList(),
                    IntervalStyle.DotAndWhiskers),
            ],
            [new ChartMarker(0, "no change")],
            rows.Select((r, i) => new ChartTick(positions[i], r.Candidate.Label)).ToList(),
            AxisFormat.Number,
            rows.Count == 0 ? "No change passed the screening: no facility was busy or made cargo wait." : null);
    }
}
