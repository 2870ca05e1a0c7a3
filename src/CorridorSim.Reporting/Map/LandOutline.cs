using System.Globalization;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Reporting.Map;

/// <summary>
/// The land around the corridor as the map draws it: the countries of Natural Earth's 1:110m outline
/// (public domain) from the npm package <c>world-atlas</c> 2.0.2, cut to the region from the Balkans to
/// China by <c>Map/Outline/make-land.mjs</c> and bundled in the assembly as <c>land.txt</c>. Nothing is
/// fetched at run time.
/// </summary>
internal static class LandOutline
{
    /// <summary>Each country's outer ring, as positions.</summary>
    public static IReadOnlyList<IReadOnlyList<GeoPoint>> Rings { get; } = Read();

    private static List<IReadOnlyList<GeoPoint>> Read()
    {
        var assembly = typeof(LandOutline).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".land.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var rings = new List<IReadOnlyList<GeoPoint>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            rings.Add(line.Split(' ').Select(pair =>
            {
                var comma = pair.IndexOf(',', StringComparison.Ordinal);
                return new GeoPoint(
                    double.Parse(pair.AsSpan(comma + 1), CultureInfo.InvariantCulture),
                    double.Parse(pair.AsSpan(0, comma), CultureInfo.InvariantCulture));
            }).ToList());
        }

        return rings;
    }
}
