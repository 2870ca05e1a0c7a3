namespace CorridorSim.Robustness.Tests;

/// <summary>Finds the repository from the test binary (the folder holding <c>CorridorSim.sln</c>), so tests read the real bundled scenarios.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Scenario(string file) => Path.Combine(Scenarios, file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CorridorSim.sln"))) return dir.FullName;
        throw new InvalidOperationException("CorridorSim.sln not found above " + AppContext.BaseDirectory);
    }
}
