namespace CorridorSim.Testing;

/// <summary>Finds the repository's folders from the test binary, so tests read the real bundled scenarios.</summary>
public static class RepositoryPaths
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
