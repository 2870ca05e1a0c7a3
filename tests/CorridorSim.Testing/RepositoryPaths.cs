namespace CorridorSim.Testing;

/// <summary>
/// The repository's folders, found by walking up from the test binary to <c>CorridorSim.sln</c>, so tests read
/// the real bundled scenarios and the golden files in the source tree (never a copy in <c>bin/</c>).
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Scenario(string file) => Path.Combine(Scenarios, file);

    public static string Baseline => Scenario("baseline-2024.yaml");

    public static string DigitalCustoms => Scenario("digital-customs.yaml");

    /// <summary>Every bundled scenario file, sorted by name.</summary>
    public static IReadOnlyList<string> BundledScenarios =>
        Directory.GetFiles(Scenarios, "*.yaml").Order(StringComparer.Ordinal).ToList();

    /// <summary>The recorded files of one golden case: <c>tests/CorridorSim.Cli.Tests/Golden/&lt;case&gt;/</c>.</summary>
    public static string Golden(string goldenCase) => Path.Combine(Root, "tests", "CorridorSim.Cli.Tests", "Golden", goldenCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorridorSim.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("CorridorSim.sln not found above " + AppContext.BaseDirectory);
    }
}
