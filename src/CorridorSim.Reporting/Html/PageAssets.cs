using System.Reflection;

namespace CorridorSim.Reporting.Html;

/// <summary>The page's style sheet and script, bundled in the assembly (<c>Html/report.css</c>, <c>Html/report.js</c>).</summary>
internal static class PageAssets
{
    /// <summary>The style sheet, inlined in every page.</summary>
    public static string Style { get; } = Read("report.css");

    /// <summary>The script (node tooltips, series toggles), inlined in every page.</summary>
    public static string Script { get; } = Read("report.js");

    private static string Read(string name)
    {
        var assembly = typeof(PageAssets).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);

        // One newline convention whatever the checkout did, so the hash in the policy is always the same.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
