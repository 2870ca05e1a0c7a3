using System.Globalization;

namespace CorridorSim.Reporting.Map;

/// <summary>How the map encodes its numbers, shared by the SVG and the PNG so both read alike.</summary>
public static class MapStyle
{
    /// <summary>Thinnest leg line, in pixels (a leg that carried nothing).</summary>
    public const double MinLegWidth = 1.0;

    /// <summary>Thickest leg line, in pixels (the leg that carried the most).</summary>
    public const double MaxLegWidth = 12.0;

    /// <summary>
    /// A leg's line width: by the square root of its tonnes over the busiest leg's, so that a leg with a
    /// quarter of the tonnes is half as wide and small flows stay visible.
    /// </summary>
    public static double LegWidth(double tonnes, double maxTonnes) =>
        maxTonnes > 0.0 && tonnes > 0.0
            ? MinLegWidth + ((MaxLegWidth - MinLegWidth) * Math.Sqrt(Math.Min(1.0, tonnes / maxTonnes)))
            : MinLegWidth;

    /// <summary>
    /// A node's colour from its share of all waiting, pale blue-grey (none) to deep red (the most of any
    /// node), as <c>#rrggbb</c>.
    /// </summary>
    public static string NodeColour(double waitingShare, double maxShare)
    {
        var t = maxShare > 0.0 ? Math.Clamp(waitingShare / maxShare, 0.0, 1.0) : 0.0;
        (int R, int G, int B) calm = (0xdc, 0xe4, 0xee), hot = (0xb2, 0x18, 0x2b);
        int Mix(int a, int b) => (int)Math.Round(a + ((b - a) * t));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(calm.R, hot.R):x2}{Mix(calm.G, hot.G):x2}{Mix(calm.B, hot.B):x2}");
    }
}
