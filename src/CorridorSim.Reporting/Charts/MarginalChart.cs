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

    /// <summary>The most rows a chart shows, so that their names stay readable; the rest are in <c>marginal.csv</c>.</summary>
    public const int MaxRows = 20;

    /// <summary>The chart of a study's ranking: its first <see cref="MaxRows"/> rows.</summary>
    public static Chart Build(IReadOnlyList<MarginalRow> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var rows = ranking.Take(MaxRows).ToList();
        var shown = ranking.Count > MaxRows ? $"the first {MaxRows} of {ranking.Count} changes" : "every change tried";

        // Rank 1 at the top: the category axis counts upwards.
        var positions = rows.Select(r => (double)(rows.Count - r.Rank)).ToList();
        return new Chart(
            FileName,
            $"Gain in delivered tonnes a year, paired 95% interval ({shown})",
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
