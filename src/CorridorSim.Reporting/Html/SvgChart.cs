using System.Globalization;
using System.Text;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Html;

/// <summary>
/// Draws a <see cref="Chart"/> as inline SVG for <c>report.html</c>, from the very series the PNG shows:
/// one <c>g.series</c> per series and one <c>.point</c> element per plotted value, each with a
/// <c>&lt;title&gt;</c> that a hover shows.
/// </summary>
/// <remarks>
/// Implementation note: drawn here rather than by a bundled chart library, because the charts are few and
/// simple (bars, lines, bands, whiskers), a library would add hundreds of kilobytes of script to every page
/// and need its own CSP allowances, and a program-drawn SVG can be checked element by element in tests.
/// Undefined values are left out, as the PNG renderer does.
/// </remarks>
internal sealed class SvgChart
{
    private const double Width = 900;
    private const double Left = 96;
    private const double Right = 24;
    private const double Top = 16;
    private const double PlainBottom = 52;
    private const double SlantedBottom = 170;
    private const double BarRowPixels = 20;


    private readonly Chart _chart;
    private readonly bool _horizontal;
    private readonly double _height;
    private readonly (double Low, double High) _positions;
    private readonly (double Low, double High) _values;
    private readonly double _left;
    private readonly bool _slanted;
    private readonly double _bottom;

    private SvgChart(Chart chart)
    {
        _chart = chart;
        _horizontal = ChartRenderer.IsHorizontal(chart);
        _slanted = !_horizontal && ChartRenderer.RotatesCategoryLabels(chart);
        _bottom = _slanted ? SlantedBottom : PlainBottom;
        var categories = _horizontal ? chart.CategoryTicks.Count : 0;
        _height = _horizontal ? Math.Max(240, (categories * BarRowPixels) + Top + _bottom) : 330 + _bottom;
        _left = _horizontal ? Math.Max(Left, 12 + (6.4 * chart.CategoryTicks.Select(t => t.Label.Length).DefaultIfEmpty(0).Max())) : Left;
        _positions = PositionRange();
        _values = ValueRange();
    }

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element with the given id.</summary>
    public static string Render(Chart chart, string id) => new SvgChart(chart).Render(id);

    /// <summary>Values a series plots that are defined, as the SVG draws one <c>.point</c> for each.</summary>
    public static int DefinedPoints(ChartSeries series) => series switch
    {
        BarSeries b => b.Positions.Where((p, i) => double.IsFinite(p) && double.IsFinite(b.Values[i])).Count(),
        LineSeries l => l.Xs.Where((x, i) => double.IsFinite(x) && double.IsFinite(l.Ys[i])).Count(),
        DotSeries d => d.Xs.Where((x, i) => double.IsFinite(x) && double.IsFinite(d.Ys[i])).Count(),
        IntervalSeries s => IntervalPoints(s).Count(),
        _ => 0,
    };

    private string Render(string id)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{HtmlText.Escape(id)}\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {HtmlText.Px(Width)} {HtmlText.Px(_height)}\" width=\"{HtmlText.Px(Width)}\" height=\"{HtmlText.Px(_height)}\" role=\"img\" aria-label=\"{HtmlText.Escape(_chart.Title)}\">");
        Axes(svg);
        for (var i = 0; i < _chart.Series.Count; i++)
        {
            Series(svg, _chart.Series[i], i);
        }

        foreach (var marker in _chart.Markers.Where(m => double.IsFinite(m.X)))
        {
            var x = H(marker.X);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"marker\" x1=\"{HtmlText.Px(x)}\" x2=\"{HtmlText.Px(x)}\" y1=\"{HtmlText.Px(Top)}\" y2=\"{HtmlText.Px(_height - _bottom)}\" stroke=\"#1d2430\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>{HtmlText.Escape(marker.Label)}</title></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Px(x + 4)}\" y=\"{HtmlText.Px(Top + 12)}\" font-size=\"11\" fill=\"#1d2430\">{HtmlText.Escape(marker.Label)}</text>");
        }

        foreach (var marker in _chart.ValueMarkers.Where(m => double.IsFinite(m.X)))
        {
            var (x1, x2, y1, y2) = _horizontal
                ? (H(marker.X), H(marker.X), Top, _height - _bottom)
                : (_left, Width - Right, V(marker.X), V(marker.X));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"value-marker\" x1=\"{HtmlText.Px(x1)}\" x2=\"{HtmlText.Px(x2)}\" y1=\"{HtmlText.Px(y1)}\" y2=\"{HtmlText.Px(y2)}\" stroke=\"#1d2430\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"><title>{HtmlText.Escape(marker.Label)}</title></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Px(x1 + 4)}\" y=\"{HtmlText.Px((_horizontal ? Top + 12 : y1) - 4)}\" font-size=\"11\" fill=\"#1d2430\">{HtmlText.Escape(marker.Label)}</text>");
        }

        if (_chart.Note is { } note)
        {
            // On an empty chart the note says why, in the middle; beside data it is a footnote under the axis.
            var empty = _chart.Series.All(series => DefinedPoints(series) == 0);
            svg.Append(empty
                ? $"<text class=\"note\" x=\"{HtmlText.Px(Width / 2)}\" y=\"{HtmlText.Px(_height / 2)}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#4a5565\">{HtmlText.Escape(note)}</text>"
                : $"<text class=\"note\" x=\"{HtmlText.Px(Width - Right)}\" y=\"{HtmlText.Px(_height - 2)}\" text-anchor=\"end\" font-size=\"10\" fill=\"#4a5565\">{HtmlText.Escape(note)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private void Axes(StringBuilder svg)
    {
        var (x0, x1, y0, y1) = (_left, Width - Right, Top, _height - _bottom);
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"axes\" font-size=\"11\" fill=\"#4a5565\">");
        foreach (var (value, label) in ValueTicks())
        {
            if (_horizontal)
            {
                var x = H(value);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(x)}\" x2=\"{HtmlText.Px(x)}\" y1=\"{HtmlText.Px(y0)}\" y2=\"{HtmlText.Px(y1)}\" stroke=\"#e3e8ee\"/><text x=\"{HtmlText.Px(x)}\" y=\"{HtmlText.Px(y1 + 16)}\" text-anchor=\"middle\">{HtmlText.Escape(label)}</text>");
            }
            else
            {
                var y = V(value);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(x0)}\" x2=\"{HtmlText.Px(x1)}\" y1=\"{HtmlText.Px(y)}\" y2=\"{HtmlText.Px(y)}\" stroke=\"#e3e8ee\"/><text x=\"{HtmlText.Px(x0 - 6)}\" y=\"{HtmlText.Px(y + 4)}\" text-anchor=\"end\">{HtmlText.Escape(label)}</text>");
            }
        }

        foreach (var (position, label) in PositionTicks())
        {
            if (_horizontal)
            {
                var y = V(position);
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Px(x0 - 6)}\" y=\"{HtmlText.Px(y + 4)}\" text-anchor=\"end\">{HtmlText.Escape(label)}</text>");
            }
            else
            {
                var x = H(position);
                svg.Append(_slanted
                    ? $"<text x=\"{HtmlText.Px(x)}\" y=\"{HtmlText.Px(y1 + 14)}\" text-anchor=\"end\" transform=\"rotate(-30 {HtmlText.Px(x)} {HtmlText.Px(y1 + 14)})\">{HtmlText.Escape(label)}</text>"
                    : $"<text x=\"{HtmlText.Px(x)}\" y=\"{HtmlText.Px(y1 + 16)}\" text-anchor=\"middle\">{HtmlText.Escape(label)}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(x0)}\" x2=\"{HtmlText.Px(x1)}\" y1=\"{HtmlText.Px(y1)}\" y2=\"{HtmlText.Px(y1)}\" stroke=\"#4a5565\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(x0)}\" x2=\"{HtmlText.Px(x0)}\" y1=\"{HtmlText.Px(y0)}\" y2=\"{HtmlText.Px(y1)}\" stroke=\"#4a5565\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"x-label\" x=\"{HtmlText.Px((x0 + x1) / 2)}\" y=\"{HtmlText.Px(_height - 12)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2430\">{HtmlText.Escape(_chart.XLabel)}</text>");
        if (!_horizontal)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"y-label\" transform=\"translate(16 {HtmlText.Px((y0 + y1) / 2)}) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2430\">{HtmlText.Escape(_chart.YLabel)}</text>");
        }

        svg.Append("</g>");
    }

    private void Series(StringBuilder svg, ChartSeries series, int index)
    {
        var colour = ChartPalette.Of(index);
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series\" data-series=\"{index}\" data-label=\"{HtmlText.Escape(series.Label)}\" data-points=\"{DefinedPoints(series)}\">");
        switch (series)
        {
            case BarSeries b:
                Bars(svg, b, colour);
                break;
            case LineSeries l:
                Line(svg, l, colour);
                break;
            case DotSeries d:
                foreach (var (x, y) in Defined(d.Xs, d.Ys))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{HtmlText.Px(H(x))}\" cy=\"{HtmlText.Px(V(y))}\" r=\"5\" fill=\"{colour}\"><title>{Title(series.Label, x, y)}</title></circle>");
                }

                break;
            case IntervalSeries s:
                Interval(svg, s, colour);
                break;
        }

        svg.Append("</g>");
    }

    private void Bars(StringBuilder svg, BarSeries b, string colour)
    {
        foreach (var (position, value) in Defined(b.Positions, b.Values))
        {
            var (a, z) = (Math.Min(0.0, value), Math.Max(0.0, value));
            string rect;
            if (b.Horizontal)
            {
                var y = V(position + (b.Width / 2));
                var height = V(position - (b.Width / 2)) - y;
                var x = H(Math.Max(a, _values.Low));
                rect = $"x=\"{HtmlText.Px(x)}\" y=\"{HtmlText.Px(y)}\" width=\"{HtmlText.Px(Math.Max(0, H(z) - x))}\" height=\"{HtmlText.Px(height)}\"";
            }
            else
            {
                var x = H(position - (b.Width / 2));
                var width = H(position + (b.Width / 2)) - x;
                var y = V(z);
                rect = $"x=\"{HtmlText.Px(x)}\" y=\"{HtmlText.Px(y)}\" width=\"{HtmlText.Px(width)}\" height=\"{HtmlText.Px(Math.Max(0, V(Math.Max(a, _values.Low)) - y))}\"";
            }

            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"point\" {rect} fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"0.5\"><title>{Title(b.Label, position, value)}</title></rect>");
        }
    }

    private void Line(StringBuilder svg, LineSeries l, string colour)
    {
        var points = Defined(l.Xs, l.Ys).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var path = string.Join(" ", points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{HtmlText.Px(H(p.X))} {HtmlText.Px(V(p.Y))}"));
        var dash = l.Dashed ? " stroke-dasharray=\"7 5\"" : "";
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"line\" d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>");

        // Dense lines keep invisible dots: the hover value stays, the clutter goes.
        var opacity = points.Count > 40 ? "0" : "1";
        foreach (var (x, y) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{HtmlText.Px(H(x))}\" cy=\"{HtmlText.Px(V(y))}\" r=\"3\" fill=\"{colour}\" fill-opacity=\"{opacity}\"><title>{Title(l.Label, x, y)}</title></circle>");
        }
    }

    private void Interval(StringBuilder svg, IntervalSeries s, string colour)
    {
        var points = IntervalPoints(s).ToList();
        if (s.Style == IntervalStyle.Band && points.Count > 0)
        {
            var upper = points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{HtmlText.Px(H(p.X))} {HtmlText.Px(V(p.High))}");
            var lower = Enumerable.Reverse(points).Select(p => $"L{HtmlText.Px(H(p.X))} {HtmlText.Px(V(p.Low))}");
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"band\" d=\"{string.Join(" ", upper.Concat(lower))} Z\" fill=\"{colour}\" fill-opacity=\"0.2\" stroke=\"none\"/>");
        }

        if (s.Style == IntervalStyle.DotAndWhiskers)
        {
            // Lying down: the position is up the category axis, the dot and whiskers along the value axis.
            foreach (var (x, mean, low, high) in points)
            {
                var y = V(x);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(H(low))}\" x2=\"{HtmlText.Px(H(high))}\" y1=\"{HtmlText.Px(y)}\" y2=\"{HtmlText.Px(y)}\" stroke=\"#1d2430\" stroke-width=\"2\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{HtmlText.Px(H(double.IsFinite(mean) ? mean : (low + high) / 2))}\" cy=\"{HtmlText.Px(y)}\" r=\"5\" fill=\"{colour}\"><title>{HtmlText.Escape(s.Label)}: {HtmlText.Escape(PositionText(x))}: {HtmlText.Escape(ValueText(mean))} ({HtmlText.Escape(ValueText(low))} to {HtmlText.Escape(ValueText(high))})</title></circle>");
            }

            return;
        }

        foreach (var (x, _, low, high) in points)
        {
            var title = $"{HtmlText.Escape(s.Label)}: {HtmlText.Escape(PositionText(x))}: {HtmlText.Escape(ValueText(low))} to {HtmlText.Escape(ValueText(high))}";
            if (s.Style == IntervalStyle.Band)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"point\" x1=\"{HtmlText.Px(H(x))}\" x2=\"{HtmlText.Px(H(x))}\" y1=\"{HtmlText.Px(V(low))}\" y2=\"{HtmlText.Px(V(high))}\" stroke=\"{colour}\" stroke-opacity=\"0.35\" stroke-width=\"6\"><title>{title}</title></line>");
            }
            else
            {
                var (cx, lo, hi) = (H(x), V(low), V(high));
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"point\" d=\"M{HtmlText.Px(cx)} {HtmlText.Px(lo)} L{HtmlText.Px(cx)} {HtmlText.Px(hi)} M{HtmlText.Px(cx - 8)} {HtmlText.Px(lo)} L{HtmlText.Px(cx + 8)} {HtmlText.Px(lo)} M{HtmlText.Px(cx - 8)} {HtmlText.Px(hi)} L{HtmlText.Px(cx + 8)} {HtmlText.Px(hi)}\" stroke=\"#1d2430\" stroke-width=\"2\" fill=\"none\"><title>{title}</title></path>");
            }
        }
    }

    private string Title(string label, double position, double value) =>
        $"{HtmlText.Escape(label)}: {HtmlText.Escape(PositionText(position))}: {HtmlText.Escape(ValueText(value))}";

    private string PositionText(double position) =>
        _chart.CategoryTicks.FirstOrDefault(t => t.Position == position)?.Label ?? ReportNumber.Format(position);

    private string ValueText(double value) =>
        _chart.ValueFormat == AxisFormat.Percent ? ReportNumber.Percent(value) : ReportNumber.Format(value);

    private static IEnumerable<(double X, double Y)> Defined(IReadOnlyList<double> xs, IReadOnlyList<double> ys) =>
        xs.Select((x, i) => (X: x, Y: ys[i])).Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y));

    private static IEnumerable<(double X, double Mean, double Low, double High)> IntervalPoints(IntervalSeries s) =>
        s.Xs.Select((x, i) => (X: x, Mean: s.Means[i], Low: s.Lows[i], High: s.Highs[i]))
            .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Low) && double.IsFinite(p.High));

    private IEnumerable<(double Value, string Label)> ValueTicks()
    {
        var format = _chart.ValueFormat;
        return NiceTicks.Of(_values.Low, _values.High)
            .Where(v => v >= _values.Low - 1e-12 && v <= _values.High + 1e-12)
            .Select(v => (v, format == AxisFormat.Percent
                ? (v * 100.0).ToString("0.#", CultureInfo.InvariantCulture) + "%"
                : v.ToString("#,0.###", CultureInfo.InvariantCulture)));
    }

    private IEnumerable<(double Position, string Label)> PositionTicks()
    {
        if (_chart.CategoryTicks.Count > 0)
        {
            // Crowded category axes (twelve months, many facilities lying down) keep every label; upright ones thin out.
            var every = _horizontal ? 1 : Math.Max(1, (int)Math.Ceiling(_chart.CategoryTicks.Count / 14.0));
            return _chart.CategoryTicks.Where((_, i) => i % every == 0).Select(t => (t.Position, t.Label));
        }

        var whole = AllPositions().All(p => p == Math.Floor(p));
        return NiceTicks.Of(_positions.Low, _positions.High)
            .Where(p => p >= _positions.Low && p <= _positions.High && (!whole || p == Math.Floor(p)))
            .Select(p => (p, p.ToString("#,0.###", CultureInfo.InvariantCulture)));
    }

    private IEnumerable<double> AllPositions() => _chart.Series.SelectMany(s => s switch
    {
        BarSeries b => b.Positions,
        LineSeries l => l.Xs,
        DotSeries d => d.Xs,
        IntervalSeries i => i.Xs,
        _ => [],
    }).Where(double.IsFinite);

    private (double Low, double High) PositionRange()
    {
        var halfBar = _chart.Series.OfType<BarSeries>().Select(b => b.Width / 2).DefaultIfEmpty(0).Max();
        var positions = AllPositions().Concat(_chart.CategoryTicks.Select(t => t.Position)).ToList();
        if (!_horizontal)
        {
            positions.AddRange(_chart.Markers.Select(m => m.X).Where(double.IsFinite));
        }

        if (positions.Count == 0)
        {
            return (0, 1);
        }

        var (low, high) = (positions.Min() - halfBar, positions.Max() + halfBar);
        var pad = _chart.CategoryTicks.Count > 0 ? 0.5 - halfBar : 0.0;
        return high > low ? (low - Math.Max(0, pad), high + Math.Max(0, pad)) : (low - 0.5, high + 0.5);
    }

    private (double Low, double High) ValueRange()
    {
        var values = _chart.Series.SelectMany(s => s switch
        {
            BarSeries b => b.Values,
            LineSeries l => l.Ys,
            DotSeries d => d.Ys,
            IntervalSeries i => IntervalPoints(i).SelectMany(p => new[] { p.Low, p.High }),
            _ => [],
        }).Where(double.IsFinite).ToList();
        if (_horizontal)
        {
            values.AddRange(_chart.Markers.Select(m => m.X).Where(double.IsFinite));
        }

        values.AddRange(_chart.ValueMarkers.Select(m => m.X).Where(double.IsFinite));

        var low = values.Count > 0 ? values.Min() : 0.0;
        var high = values.Count > 0 ? values.Max() : 1.0;
        var span = high > low ? high - low : Math.Max(Math.Abs(high), 1.0);
        low = _chart.ValueMin ?? (low - (0.05 * span));
        high = Math.Max(high + (0.05 * span), _chart.ValueMax ?? double.NegativeInfinity);
        return high > low ? (low, high) : (low, low + 1.0);
    }

    /// <summary>Screen x of a value along the horizontal axis (values when bars lie down, positions otherwise).</summary>
    private double H(double value)
    {
        var (low, high) = _horizontal ? _values : _positions;
        return _left + ((value - low) / (high - low) * (Width - Right - _left));
    }

    /// <summary>Screen y of a value along the vertical axis, upwards.</summary>
    private double V(double value)
    {
        var (low, high) = _horizontal ? _positions : _values;
        return _height - _bottom - ((value - low) / (high - low) * (_height - _bottom - Top));
    }
}
