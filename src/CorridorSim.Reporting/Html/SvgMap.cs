using System.Globalization;
using System.Text;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Map;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Html;

/// <summary>
/// Draws a <see cref="CorridorMap"/> as inline SVG: one <c>path.leg</c> per leg (width by tonnes, sea legs
/// dashed and curved) and one <c>circle.node</c> per node (colour by share of waiting) whose
/// <c>data-tip</c> the page's tooltip shows.
/// </summary>
internal static class SvgMap
{
    private const double Width = 1100;
    private const double Margin = 46;

    /// <summary>The map as an <c>&lt;svg id="map"&gt;</c> element.</summary>
    public static string Render(CorridorMap map)
    {
        var inner = Width - (2 * Margin);
        var height = (2 * Margin) + (map.Aspect * inner);
        (double X, double Y) At(MapNode n) => (Margin + (n.X * inner), height - Margin - (n.Y * inner));
        var byName = map.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        var maxTonnes = map.Legs.Select(l => l.TonnesPerYear).DefaultIfEmpty(0).Max();
        var maxShare = map.Nodes.Select(n => n.WaitingShare).DefaultIfEmpty(0).Max();

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {HtmlText.Px(Width)} {HtmlText.Px(height)}\" width=\"{HtmlText.Px(Width)}\" height=\"{HtmlText.Px(height)}\" role=\"img\" aria-label=\"Map of the corridor\" data-layout=\"{(map.Geographic ? "geographic" : "schematic")}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{HtmlText.Px(Width)}\" height=\"{HtmlText.Px(height)}\" fill=\"{(map.Land.Count > 0 ? "#e3eef7" : "#f7f9fc")}\"/>");
        if (map.Land.Count > 0)
        {
            svg.Append("<g class=\"land\" fill=\"#f4f1e8\" stroke=\"#cfc8b4\" stroke-width=\"0.8\">");
            foreach (var ring in map.Land)
            {
                var d = string.Join(" ", ring.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{HtmlText.Px(Margin + (p.X * inner))} {HtmlText.Px(height - Margin - (p.Y * inner))}"));
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{d} Z\"/>");
            }

            svg.Append("</g>");
        }

        svg.Append("<g class=\"legs\">");
        foreach (var leg in map.Legs)
        {
            var (x1, y1) = At(byName[leg.From]);
            var (x2, y2) = At(byName[leg.To]);
            var width = MapStyle.LegWidth(leg.TonnesPerYear, maxTonnes);
            var (d, stroke, dash) = leg.Kind switch
            {
                // A sailing bows away from the straight line, so it reads as a route across water, not a track.
                MapLegKind.Sea => ($"M{HtmlText.Px(x1)} {HtmlText.Px(y1)} Q{HtmlText.Px(((x1 + x2) / 2) + ((y2 - y1) * 0.2))} {HtmlText.Px(((y1 + y2) / 2) - ((x2 - x1) * 0.2))} {HtmlText.Px(x2)} {HtmlText.Px(y2)}", "#2b6cb0", " stroke-dasharray=\"8 5\""),
                MapLegKind.Road => ($"M{HtmlText.Px(x1)} {HtmlText.Px(y1)} L{HtmlText.Px(x2)} {HtmlText.Px(y2)}", "#8a6d3b", " stroke-dasharray=\"2 4\""),
                _ => ($"M{HtmlText.Px(x1)} {HtmlText.Px(y1)} L{HtmlText.Px(x2)} {HtmlText.Px(y2)}", "#4a5565", ""),
            };
            var what = leg.Kind switch { MapLegKind.Sea => "sea service", MapLegKind.Road => "road leg", _ => "rail leg" };
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"leg leg-{SnakeCase.Of(leg.Kind)}\" data-name=\"{HtmlText.Escape(leg.Name)}\" d=\"{d}\" fill=\"none\" stroke=\"{stroke}\" stroke-opacity=\"0.75\" stroke-width=\"{HtmlText.Px(width)}\" stroke-linecap=\"round\"{dash}><title>{HtmlText.Escape($"{leg.Name} ({what}): {ReportNumber.Format(leg.TonnesPerYear)} tonnes a year{(leg.WaitingShare > 0.0 ? $"; {ReportNumber.Percent(leg.WaitingShare)} of all waiting is for it" : "")}")}</title></path>");
        }

        svg.Append("</g><g class=\"nodes\">");
        foreach (var node in map.Nodes)
        {
            var (x, y) = At(node);
            var radius = node.Kind is FacilityKind.Port or FacilityKind.Border ? 7 : 5.5;
            var dash = node.Representative ? " stroke-dasharray=\"2 2\"" : "";
            var tip = Tip(node);
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"node node-{SnakeCase.Of(node.Kind)}\" data-name=\"{HtmlText.Escape(node.Name)}\" data-tip=\"{HtmlText.Escape(tip)}\" cx=\"{HtmlText.Px(x)}\" cy=\"{HtmlText.Px(y)}\" r=\"{HtmlText.Px(radius)}\" fill=\"{MapStyle.NodeColour(node.WaitingShare, maxShare)}\" stroke=\"#1d2430\" stroke-width=\"1.2\"{dash}><title>{HtmlText.Escape(tip)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Px(x + radius + 3)}\" y=\"{HtmlText.Px(y - radius)}\" font-size=\"10.5\" fill=\"#1d2430\">{HtmlText.Escape(node.Name)}</text>");
        }

        svg.Append("</g>");
        Legend(svg, height, maxShare, maxTonnes, map.Geographic);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>What a node's tooltip says: its kind, utilisation, mean wait, share of waiting, closures and why cargo waits.</summary>
    public static string Tip(MapNode node)
    {
        var lines = new List<string> { $"{node.Name} ({SnakeCase.Of(node.Kind).Replace('_', ' ')})" };
        if (node.Representative)
        {
            lines.Add("drawn at a representative point (estimate)");
        }

        lines.Add($"utilisation {ReportNumber.Percent(node.Utilisation)}");
        lines.Add($"mean wait {ReportNumber.Format(node.MeanWaitHours)} h");
        lines.Add($"share of all waiting {ReportNumber.Percent(node.WaitingShare)}");
        if (node.ClosureHours > 0.0)
        {
            lines.Add($"closed {ReportNumber.Format(node.ClosureHours)} h");
        }

        if (node.Causes.Count == 0)
        {
            lines.Add("no cargo waits for anything here");
        }
        else
        {
            lines.Add("cargo waits for:");
            lines.AddRange(node.Causes.Select(c => $"  {c.Words} ({ReportNumber.Percent(c.Share)} of all waiting)"));
        }
        return string.Join("\n", lines);
    }

    private static void Legend(StringBuilder svg, double height, double maxShare, double maxTonnes, bool geographic)
    {
        var y = height - 14;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\" font-size=\"11\" fill=\"#1d2430\">");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{HtmlText.Px(Margin)}\" cy=\"{HtmlText.Px(y - 4)}\" r=\"5\" fill=\"{MapStyle.NodeColour(0, 1)}\" stroke=\"#1d2430\"/><circle cx=\"{HtmlText.Px(Margin + 14)}\" cy=\"{HtmlText.Px(y - 4)}\" r=\"5\" fill=\"{MapStyle.NodeColour(1, 1)}\" stroke=\"#1d2430\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Px(Margin + 26)}\" y=\"{HtmlText.Px(y)}\">share of waiting, none to {HtmlText.Escape(ReportNumber.Percent(maxShare))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(Margin + 250)}\" x2=\"{HtmlText.Px(Margin + 290)}\" y1=\"{HtmlText.Px(y - 4)}\" y2=\"{HtmlText.Px(y - 4)}\" stroke=\"#4a5565\" stroke-width=\"{HtmlText.Px(MapStyle.MaxLegWidth)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Px(Margin + 298)}\" y=\"{HtmlText.Px(y)}\">rail: {HtmlText.Escape(ReportNumber.Format(maxTonnes))} t/yr</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(Margin + 440)}\" x2=\"{HtmlText.Px(Margin + 480)}\" y1=\"{HtmlText.Px(y - 4)}\" y2=\"{HtmlText.Px(y - 4)}\" stroke=\"#2b6cb0\" stroke-width=\"3\" stroke-dasharray=\"8 5\"/><text x=\"{HtmlText.Px(Margin + 488)}\" y=\"{HtmlText.Px(y)}\">sea</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HtmlText.Px(Margin + 530)}\" x2=\"{HtmlText.Px(Margin + 570)}\" y1=\"{HtmlText.Px(y - 4)}\" y2=\"{HtmlText.Px(y - 4)}\" stroke=\"#8a6d3b\" stroke-width=\"3\" stroke-dasharray=\"2 4\"/><text x=\"{HtmlText.Px(Margin + 578)}\" y=\"{HtmlText.Px(y)}\">road</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Px(Margin + 630)}\" y=\"{HtmlText.Px(y)}\">{(geographic ? "WGS84; dashed rings: representative points; land: Natural Earth" : "schematic layout: the scenario gives no positions")}</text>");
        svg.Append("</g>");
    }
}
