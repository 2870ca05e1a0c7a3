using System.Globalization;

namespace CorridorSim.Reporting.Html;

/// <summary>Text and numbers as they go into the page's HTML and SVG: escaped, and in the invariant culture.</summary>
internal static class HtmlText
{
    /// <summary>Text escaped for an element's content or a double-quoted attribute.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>A screen coordinate: one decimal is finer than a pixel and keeps the file small.</summary>
    public static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
