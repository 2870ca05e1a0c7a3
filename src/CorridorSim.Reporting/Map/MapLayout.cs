using CorridorSim.Corridor.Spec;

namespace CorridorSim.Reporting.Map;

/// <summary>Where the nodes of a map stand: projected from their positions, or laid out schematically from the legs.</summary>
/// <param name="Points">Each node's (X, Y): X from 0 (west) to 1 (east), Y from 0 (south) to <paramref name="Aspect"/>.</param>
/// <param name="Project">Where a position stands in the same units, for the land outline; null for a schematic layout.</param>
internal sealed record MapLayout(IReadOnlyList<(double X, double Y)> Points, bool Geographic, double Aspect, Func<GeoPoint, (double X, double Y)>? Project = null)
{
    /// <summary>Narrowest height over width a map gets, so a corridor along one parallel still has room for its labels.</summary>
    private const double MinAspect = 0.35;

    /// <summary>
    /// An equirectangular projection with longitudes shrunk by the cosine of the middle latitude: across the
    /// 30°–50°N of the corridor distances and shapes stay close enough for a planner's map, and unlike
    /// Mercator it needs no tiles or tables.
    /// </summary>
    public static MapLayout Projected(IReadOnlyList<GeoPoint> positions)
    {
        var midLat = (positions.Min(p => p.Lat) + positions.Max(p => p.Lat)) / 2.0;
        var shrink = Math.Cos(midLat * Math.PI / 180.0);
        var xs = positions.Select(p => p.Lon * shrink).ToList();
        var ys = positions.Select(p => p.Lat).ToList();
        var layout = Normalised(xs, ys, geographic: true);
        var (x0, y0, width, offset) = (xs.Min(), ys.Min(), Math.Max(xs.Max() - xs.Min(), 1e-9), Offset(xs, ys));
        return layout with { Project = p => (((p.Lon * shrink) - x0) / width, (p.Lat - y0 + offset) / width) };
    }

    /// <summary>
    /// A schematic layout for a scenario without positions: columns by how many legs a node lies from the
    /// eastern ends (a leg runs from its eastern end to its western end), east on the right, the nodes of a
    /// column spread evenly in the scenario's order.
    /// </summary>
    public static MapLayout Schematic(IReadOnlyList<string> names, IReadOnlyList<(string From, string To)> legs)
    {
        var depth = names.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);

        // Longest path from an eastern end, bounded by the node count so a cycle cannot loop for ever.
        for (var round = 0; round < names.Count; round++)
        {
            var changed = false;
            foreach (var (from, to) in legs)
            {
                if (depth[from] + 1 > depth[to] && depth[from] + 1 < names.Count)
                {
                    depth[to] = depth[from] + 1;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        var columns = depth.Values.DefaultIfEmpty(0).Max();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new Dictionary<int, int>();
        foreach (var name in names)
        {
            rows[depth[name]] = rows.GetValueOrDefault(depth[name]) + 1;
            rowOf[name] = rows[depth[name]];
        }

        var xs = names.Select(n => columns == 0 ? 0.5 : 1.0 - ((double)depth[n] / columns)).ToList();
        var ys = names.Select(n => (double)rowOf[n] / (rows[depth[n]] + 1)).ToList();
        return Normalised(xs, ys, geographic: false);
    }

    private static double Offset(List<double> xs, List<double> ys)
    {
        var width = Math.Max(xs.Max() - xs.Min(), 1e-9);
        var height = ys.Max() - ys.Min();
        return ((Math.Max(height / width, MinAspect) * width) - height) / 2.0;
    }

    private static MapLayout Normalised(List<double> xs, List<double> ys, bool geographic)
    {
        if (xs.Count == 0)
        {
            return new MapLayout([], geographic, MinAspect);
        }

        var (x0, x1, y0, y1) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        var width = Math.Max(x1 - x0, 1e-9);
        var height = y1 - y0;
        var aspect = Math.Max(height / width, MinAspect);

        // One scale for both axes keeps the geography's shape; a flat layout is centred in its height.
        var offset = Offset(xs, ys);
        var points = xs.Select((x, i) => ((x - x0) / width, (ys[i] - y0 + offset) / width)).ToList();
        return new MapLayout(points, geographic, aspect);
    }
}
