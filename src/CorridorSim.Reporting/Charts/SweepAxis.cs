using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// Where each sweep point sits on a chart's x axis: at its value when one key is varied and every value
/// is a number, otherwise at its position in the sweep, named by its settings.
/// </summary>
/// <param name="Label">Axis label: the varied key, or the keys joined.</param>
/// <param name="Xs">Each point's x, in the order of the points.</param>
/// <param name="Ticks">Names of the positions when the axis is not numeric; empty otherwise.</param>
public sealed record SweepAxis(string Label, IReadOnlyList<double> Xs, IReadOnlyList<ChartTick> Ticks)
{
    /// <summary>Whether the points lie on a numeric axis (no categorical ticks).</summary>
    public bool IsNumeric => Ticks.Count == 0;

    /// <summary>The x axis for sweep <paramref name="points"/> over the varied <paramref name="keys"/>: numeric for one numeric key, categorical otherwise.</summary>
    public static SweepAxis Of(IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points)
    {
        var settings = points.Select(p => SweepSettings.ValuesOf(p, keys)).ToList();
        if (keys.Count == 1)
        {
            var values = settings.Select(s => double.TryParse(s[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN).ToList();
            if (values.All(double.IsFinite))
            {
                return new SweepAxis(keys[0], values, []);
            }
        }

        var xs = Enumerable.Range(0, points.Count).Select(i => (double)i).ToList();
        var ticks = settings.Select((s, i) => new ChartTick(i, string.Join(" / ", s))).ToList();
        return new SweepAxis(string.Join(" / ", keys), xs, ticks);
    }
}
