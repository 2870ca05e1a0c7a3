using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Charts;
using ScottPlot;

namespace CorridorSim.Reporting.Map;

/// <summary>
/// <c>charts/map.png</c>: the <see cref="CorridorMap"/> drawn with ScottPlot for <c>report.md</c>, with the
/// encodings of the page's SVG map (<see cref="MapStyle"/>).
/// </summary>
public static class MapChart
{
    /// <summary>The map's file name in <c>charts/</c>.</summary>
    public const string FileName = "map.png";

    /// <summary>What <c>report.md</c> calls the map.</summary>
    public const string Title = "Map of the corridor: line width by tonnes carried, places coloured by their share of waiting";

    /// <summary>Width of the PNG.</summary>
    public const int WidthPixels = 1400;

    /// <summary>Draws the map and writes it as a PNG at <paramref name="path"/>.</summary>
    public static void SavePng(CorridorMap map, string path)
    {
        using var plot = new Plot();
        plot.Title(map.Geographic ? Title : Title + " (schematic layout)");
        var byName = map.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        var maxTonnes = map.Legs.Select(l => l.TonnesPerYear).DefaultIfEmpty(0).Max();
        var maxShare = map.Nodes.Select(n => n.WaitingShare).DefaultIfEmpty(0).Max();
        foreach (var ring in map.Land)
        {
            var land = plot.Add.Polygon(ring.Select(p => new Coordinates(p.X, p.Y)).ToArray());
            land.FillColor = Color.FromHex("#f4f1e8");
            land.LineColor = Color.FromHex("#cfc8b4");
            land.LineWidth = 1f;
        }

        if (map.Land.Count > 0)
        {
            plot.DataBackground.Color = Color.FromHex("#e3eef7");
        }

        foreach (var leg in map.Legs)
        {
            var (from, to) = (byName[leg.From], byName[leg.To]);
            var width = (float)MapStyle.LegWidth(leg.TonnesPerYear, maxTonnes);
            if (leg.Kind == MapLegKind.Sea)
            {
                // The same bow as the SVG's quadratic curve, as a polyline.
                var (cx, cy) = (((from.X + to.X) / 2) - ((to.Y - from.Y) * 0.2), ((from.Y + to.Y) / 2) + ((to.X - from.X) * 0.2));
                var ts = Enumerable.Range(0, 17).Select(i => i / 16.0).ToArray();
                var xs = ts.Select(t => Bezier(from.X, cx, to.X, t)).ToArray();
                var ys = ts.Select(t => Bezier(from.Y, cy, to.Y, t)).ToArray();
                var curve = plot.Add.ScatterLine(xs, ys);
                curve.LineWidth = width;
                curve.LinePattern = LinePattern.Dashed;
                curve.Color = Color.FromHex("#2b6cb0").WithAlpha(0.75);
                continue;
            }

            var line = plot.Add.Line(from.X, from.Y, to.X, to.Y);
            line.LineWidth = width;
            line.LineColor = Color.FromHex(leg.Kind == MapLegKind.Road ? "#8a6d3b" : "#4a5565").WithAlpha(0.75);
            line.LinePattern = leg.Kind == MapLegKind.Road ? LinePattern.Dotted : LinePattern.Solid;
        }

        foreach (var node in map.Nodes)
        {
            var size = node.Kind is FacilityKind.Port or FacilityKind.Border ? 14f : 11f;
            var outline = plot.Add.Marker(node.X, node.Y, MarkerShape.FilledCircle, size + 3f, Colors.Black);
            outline.LegendText = "";
            plot.Add.Marker(node.X, node.Y, MarkerShape.FilledCircle, size, Color.FromHex(MapStyle.NodeColour(node.WaitingShare, maxShare)));
            var label = plot.Add.Text(node.Name, node.X, node.Y);
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.LowerLeft;
            label.LabelOffsetX = 7;
            label.LabelOffsetY = -5;
        }

        // The land reaches beyond the corridor; the view is the corridor's places with a margin.
        var (nodeXs, nodeYs) = (map.Nodes.Select(n => n.X).DefaultIfEmpty(0).ToList(), map.Nodes.Select(n => n.Y).DefaultIfEmpty(0).ToList());
        plot.Axes.SetLimits(nodeXs.Min() - 0.03, nodeXs.Max() + 0.08, nodeYs.Min() - 0.05, nodeYs.Max() + 0.05);
        plot.Axes.SquareUnits();
        plot.HideGrid();
        plot.Axes.Frameless();
        var height = (int)Math.Clamp(WidthPixels * map.Aspect * 1.1, 500, 1200);
        PngFile.Save(plot, path, WidthPixels, height);
    }

    private static double Bezier(double a, double control, double b, double t) =>
        ((1 - t) * (1 - t) * a) + (2 * (1 - t) * t * control) + (t * t * b);
}
