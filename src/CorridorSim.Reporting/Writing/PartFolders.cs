using System.Globalization;
using CorridorSim.Reporting.Folders;

namespace CorridorSim.Reporting.Writing;

/// <summary>Names of the sub-folders of a comparison (one per scenario) and of a sweep (one per point).</summary>
public static class PartFolders
{
    /// <summary>
    /// Each scenario's name made safe for a folder; a repeated name, or one that a file of the comparison's own folder
    /// already has (a scenario named <c>charts</c>), gets <c>-2</c>, <c>-3</c>, ….
    /// </summary>
    public static IReadOnlyList<string> ForScenarios(IReadOnlyList<string> names)
    {
        var taken = new HashSet<string>(ResultFiles.All.Select(f => f.Name), StringComparer.OrdinalIgnoreCase);
        var folders = new List<string>();
        foreach (var name in names)
        {
            var safe = ResultFolder.SafeName(name);
            var folder = safe;
            for (var n = 2; !taken.Add(folder); n++)
            {
                folder = $"{safe}-{n}";
            }

            folders.Add(folder);
        }

        return folders;
    }

    /// <summary>A sweep point's folder, <c>point-03</c>, zero-padded so folders list in point order.</summary>
    public static string ForPoint(int point, int pointCount)
    {
        var digits = Math.Max(2, (pointCount - 1).ToString(CultureInfo.InvariantCulture).Length);
        return "point-" + point.ToString(new string('0', digits), CultureInfo.InvariantCulture);
    }
}
