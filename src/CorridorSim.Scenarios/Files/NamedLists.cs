namespace CorridorSim.Scenarios.Files;

/// <summary>
/// The lists whose items have a <c>name</c>: <c>extends</c> merges them item by item and <c>--set</c>
/// addresses their items by name. Every other list is a plain value that an override replaces whole.
/// </summary>
internal static class NamedLists
{
    private static readonly HashSet<string> Keys =
    [
        "origins", "destinations", "borders", "ports", "rail_legs", "road_legs", "sea_services",
        "customs_regimes", "flows", "storms", "disruptions", "routes", "steps", "background",
    ];

    public static bool IsNamedList(string key) => Keys.Contains(key);
}
