using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>Reads a sweep point's value of each varied key, in the order the keys were given.</summary>
internal static class SweepSettings
{
    /// <summary>The point's value for each key, or an empty string where the point does not set it.</summary>
    public static IReadOnlyList<string> ValuesOf(SweepPoint point, IReadOnlyList<string> keys) =>
        keys.Select(key => point.Settings.FirstOrDefault(s => s.Key == key).Value ?? "").ToList();
}
