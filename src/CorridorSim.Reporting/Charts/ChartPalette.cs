namespace CorridorSim.Reporting.Charts;

/// <summary>The colours of a chart's series in order, the same in the PNG and the SVG so both read alike.</summary>
internal static class ChartPalette
{
    /// <summary>A qualitative palette whose neighbours stay apart for colour-blind readers.</summary>
    public static IReadOnlyList<string> Colours { get; } =
        ["#2b6cb0", "#d1495b", "#2a9d8f", "#e9a23b", "#6a4c93", "#8d6e63", "#c2185b", "#607d8b", "#9e9d24", "#00838f"];

    /// <summary>The colour of the series at <paramref name="index"/>, as <c>#rrggbb</c>.</summary>
    public static string Of(int index) => Colours[index % Colours.Count];
}
