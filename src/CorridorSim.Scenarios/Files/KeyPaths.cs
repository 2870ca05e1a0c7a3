namespace CorridorSim.Scenarios.Files;

/// <summary>Builds the dot paths diagnostics and <c>--set</c> use: <c>sea_services.aktau_alat_ferry.vessels</c>, <c>storms.caspian.episodes_per_month[3]</c>.</summary>
internal static class KeyPaths
{
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Index(string path, int index) => $"{path}[{index}]";
}
