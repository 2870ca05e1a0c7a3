using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> as a PNG with ScottPlot: the only place that knows about the plotting
/// library, so what a chart says is settled (and tested) before it is drawn.
/// </summary>
/// <remarks>
/// Points with an undefined (NaN or infinite) coordinate are left out rather than drawn as gaps or
/// failures. Implementation note: the PNG bytes depend on the fonts of the machine, so only the chart's
/// data, never its pixels, are part of the reproducibility promise.
/// </remarks>
public static class ChartRenderer
{
    /// <summary>Width of every PNG chart.</summary>
    public const int WidthPixels = 1100;
    /// <summary>Height of every PNG chart.</summary>
    public const int HeightPixels = 650;

    /// <summary>Draws <paramref name="chart"/> with ScottPlot and writes it as a PNG file at <paramref name="path"/>.</summary>
    public static void SavePng(Chart chart, string path)
    {
        using var plot = new Plot();
        plot.Title(chart.Title);
        plot.XLabel(chart.XLabel);
        plot.YLabel(chart.YLabel);

        var horizontal = IsHorizontal(chart);
        for (var i = 0; i < chart.Series.Count; i++)
        {
            Draw(plot, chart.Series[i], Color.FromHex(ChartPalette.Of(i)));
        }

        foreach (var marker in chart.Markers.Where(m => double.IsFinite(m.X)))
        {
            var line = plot.Add.VerticalLine(marker.X, 2f, null, LinePattern.Dashed);
            line.LegendText = marker.Label;
        }

        foreach (var marker in chart.ValueMarkers.Where(m => double.IsFinite(m.X)))
        {
            var line = horizontal
                ? (ScottPlot.Plottables.AxisLine)plot.Add.VerticalLine(marker.X, 2f, Colors.Black, LinePattern.Dotted)
                : plot.Add.HorizontalLine(marker.X, 2f, Colors.Black, LinePattern.Dotted);
            line.LegendText = marker.Label;
        }

        IAxis valueAxis = horizontal ? plot.Axes.Bottom : plot.Axes.Left;
        valueAxis.TickGenerator = new NumericAutomatic { LabelFormatter = Formatter(chart.ValueFormat) };
        if (chart.CategoryTicks.Count == 0 && AllWhole(chart))
        {
            // Months, days and vessel counts are whole numbers; ticks at 0.5 would invent positions between them.
            plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        }
        if (chart.CategoryTicks.Count > 0)
        {
            IAxis categoryAxis = horizontal ? plot.Axes.Left : plot.Axes.Bottom;
            categoryAxis.TickGenerator = new NumericManual(
                chart.CategoryTicks.Select(t => t.Position).ToArray(),
                chart.CategoryTicks.Select(t => t.Label).ToArray());
            if (!horizontal && RotatesCategoryLabels(chart))
            {
                // Long names side by side overlap; slanted they stay readable.
                plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
                plot.Axes.Bottom.MinimumSize = 140;
            }
        }

        if (chart.Note is { } note)
        {
            plot.Add.Annotation(note, Alignment.MiddleCenter);
        }

        if (chart.Series.Count + chart.Markers.Count + chart.ValueMarkers.Count > 1)
        {
            plot.ShowLegend(Edge.Bottom);
        }

        FitValueAxis(plot, chart, horizontal);
        // Lying bars get a row each, so forty facilities stay as legible as four.
        var height = horizontal ? Math.Max(HeightPixels, 200 + (18 * chart.CategoryTicks.Count)) : HeightPixels;
        PngFile.Save(plot, path, WidthPixels, height);
    }

    /// <summary>Whether the chart lies down: values along the horizontal axis, categories up the vertical one.</summary>
    public static bool IsHorizontal(Chart chart) =>
        chart.Series.OfType<BarSeries>().Any(b => b.Horizontal)
        || chart.Series.OfType<IntervalSeries>().Any(i => i.Style == IntervalStyle.DotAndWhiskers);

    /// <summary>Whether an upright chart's category names are too long to stand side by side.</summary>
    public static bool RotatesCategoryLabels(Chart chart) =>
        chart.CategoryTicks.Count > 0 && chart.CategoryTicks.Count * chart.CategoryTicks.Max(t => t.Label.Length) > 90;

    private static void FitValueAxis(Plot plot, Chart chart, bool horizontal)
    {
        if (chart.ValueMin is null && chart.ValueMax is null)
        {
            return;
        }

        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        var (low, high) = horizontal ? (limits.Left, limits.Right) : (limits.Bottom, limits.Top);
        low = chart.ValueMin ?? low;
        high = Math.Max(high, chart.ValueMax ?? high);
        if (!(high > low))
        {
            high = low + 1.0;
        }

        if (horizontal)
        {
            plot.Axes.SetLimitsX(low, high);
        }
        else
        {
            plot.Axes.SetLimitsY(low, high);
        }
    }

    private static bool AllWhole(Chart chart)
    {
        var xs = chart.Series.SelectMany(s => s switch
        {
            LineSeries l => l.Xs,
            IntervalSeries i => i.Xs,
            BarSeries { Horizontal: false } b => b.Positions,
            DotSeries d => d.Xs,
            _ => [],
        }).ToList();
        return xs.Count > 0 && chart.Series.All(s => s is not BarSeries) && xs.All(x => x == Math.Floor(x));
    }

    private static void Draw(Plot plot, ChartSeries series, Color colour)
    {
        switch (series)
        {
            case BarSeries b:
                var bars = b.Positions
                    .Select((position, i) => new Bar
                    {
                        Position = position,
                        Value = b.Values[i],
                        Size = b.Width,
                        Orientation = b.Horizontal ? Orientation.Horizontal : Orientation.Vertical,
                        FillColor = colour,
                    })
                    .Where(bar => double.IsFinite(bar.Position) && double.IsFinite(bar.Value))
                    .ToList();
                if (bars.Count > 0)
                {
                    plot.Add.Bars(bars).LegendText = b.Label;
                }

                break;
            case LineSeries l:
                var points = Enumerable.Range(0, l.Xs.Count).Where(i => double.IsFinite(l.Xs[i]) && double.IsFinite(l.Ys[i])).ToList();
                if (points.Count == 0)
                {
                    break;
                }

                var line = plot.Add.Scatter(points.Select(i => l.Xs[i]).ToArray(), points.Select(i => l.Ys[i]).ToArray());
                line.LegendText = l.Label;
                line.LinePattern = l.Dashed ? LinePattern.Dashed : LinePattern.Solid;
                line.LineWidth = 2f;
                line.Color = colour;
                line.MarkerSize = l.Xs.Count > 40 ? 0f : 6f;
                break;
            case IntervalSeries i:
                DrawInterval(plot, i, colour);
                break;
            case DotSeries d:
                var dots = Enumerable.Range(0, d.Xs.Count).Where(i => double.IsFinite(d.Xs[i]) && double.IsFinite(d.Ys[i])).ToList();
                if (dots.Count == 0)
                {
                    break;
                }

                var scatter = plot.Add.ScatterPoints(dots.Select(i => d.Xs[i]).ToArray(), dots.Select(i => d.Ys[i]).ToArray());
                scatter.LegendText = d.Label;
                scatter.MarkerSize = 11f;
                scatter.Color = colour;
                break;
        }
    }

    private static void DrawInterval(Plot plot, IntervalSeries interval, Color colour)
    {
        var defined = Enumerable.Range(0, interval.Xs.Count)
            .Where(i => double.IsFinite(interval.Xs[i]) && double.IsFinite(interval.Means[i]) && double.IsFinite(interval.Lows[i]) && double.IsFinite(interval.Highs[i]))
            .ToList();
        if (defined.Count == 0)
        {
            return;
        }

        var xs = defined.Select(i => interval.Xs[i]).ToArray();
        var lows = defined.Select(i => interval.Lows[i]).ToArray();
        var highs = defined.Select(i => interval.Highs[i]).ToArray();
        if (interval.Style == IntervalStyle.Band)
        {
            var band = plot.Add.FillY(xs, lows, highs);
            band.LegendText = interval.Label;
            band.FillColor = colour.WithAlpha(0.25);
            return;
        }

        var means = defined.Select(i => interval.Means[i]).ToArray();
        if (interval.Style == IntervalStyle.DotAndWhiskers)
        {
            DrawDotsAndWhiskers(plot, interval.Label, xs, means, lows, highs);
            return;
        }

        var errorBar = new ScottPlot.Plottables.ErrorBar(
            xs,
            means,
            null,
            null,
            highs.Select((h, i) => h - means[i]).ToArray(),
            lows.Select((l, i) => means[i] - l).ToArray())
        {
            LegendText = interval.Label,
            LineWidth = 2f,
            CapSize = 10f,
            Color = Colors.Black,
        };
        plot.Add.Plottable(errorBar);
    }

    /// <summary>Dots at the means and whiskers along the horizontal value axis, at category positions <paramref name="positions"/>.</summary>
    private static void DrawDotsAndWhiskers(Plot plot, string label, double[] positions, double[] means, double[] lows, double[] highs)
    {
        var whiskers = new ScottPlot.Plottables.ErrorBar(
            means,
            positions,
            highs.Select((h, i) => h - means[i]).ToArray(),
            lows.Select((l, i) => means[i] - l).ToArray(),
            null,
            null)
        {
            LineWidth = 2f,
            CapSize = 10f,
            Color = Colors.Black,
        };
        plot.Add.Plottable(whiskers);
        var dots = plot.Add.Scatter(means, positions);
        dots.LegendText = label;
        dots.LineWidth = 0f;
        dots.MarkerSize = 9f;
    }

    private static Func<double, string> Formatter(AxisFormat format) => format switch
    {
        AxisFormat.Percent => v => (v * 100.0).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        _ => v => v.ToString("#,0.###", CultureInfo.InvariantCulture),
    };
}
