using CorridorSim.Cli.Tests.Given;
using CorridorSim.Scenarios;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// <c>extends</c> and <c>--set</c> (scenarios/README.md) change exactly what they name. Each test compares the
/// <c>scenario.resolved.yaml</c> of two runs key path by key path: only the named values may differ.
/// </summary>
public class ExtendsAndSetTests(ExtendsAndSetTests.BaselineRun baseline) : IClassFixture<ExtendsAndSetTests.BaselineRun>
{
    [Fact]
    public void DigitalCustoms_ExtendsBaseline_ChangesOnlyTheCustomsRegimesItNames()
    {
        // Given the baseline and digital-customs, which extends it, run with the same options
        using var temp = new TempFolder();
        var digital = RunResolved(temp, RepositoryPaths.DigitalCustoms);

        // When their resolved scenarios are compared
        var changed = YamlKeyPaths.Differences(baseline.Resolved, digital);

        // Then only the name, the description and the ten customs posts' regimes differ
        string[] regimes =
        [
            "borders.akhalkalaki.westbound.regime",
            "borders.altynkol.eastbound.regime",
            "borders.altynkol.westbound.regime",
            "borders.beyuk_kesik.eastbound.regime",
            "borders.beyuk_kesik.westbound.regime",
            "borders.dostyk.eastbound.regime",
            "borders.dostyk.westbound.regime",
            "ports.aktau.customs.regime",
            "ports.alat.customs.regime",
            "ports.kuryk.customs.regime",
        ];
        string[] expected = [.. regimes, "description", "name"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), changed);
        Assert.All(regimes, key => Assert.Equal("electronic_pre_arrival", digital[key]));
        Assert.Equal("digital-customs", digital["name"]);
    }

    [Fact]
    public void Set_OneNamedListItemValue_ChangesOnlyThatValue()
    {
        using var temp = new TempFolder();

        var changedRun = RunResolved(temp, RepositoryPaths.Baseline, "--set", "sea_services.kuryk_alat_ferry.vessels=6");

        Assert.Equal(["sea_services.kuryk_alat_ferry.vessels"], YamlKeyPaths.Differences(baseline.Resolved, changedRun));
        Assert.Equal("6", changedRun["sea_services.kuryk_alat_ferry.vessels"]);
        Assert.Equal("9", baseline.Resolved["sea_services.kuryk_alat_ferry.vessels"]);
    }

    [Fact]
    public void Set_Distribution_ReplacesOnlyThatDistribution()
    {
        using var temp = new TempFolder();

        var changedRun = RunResolved(temp, RepositoryPaths.Baseline, "--set", "customs_regimes.paper.document_check_hours={ dist: constant, value: 3 }");

        Assert.Equal(["customs_regimes.paper.document_check_hours"], YamlKeyPaths.Differences(baseline.Resolved, changedRun));
        Assert.Equal("{dist: constant, value: 3}", changedRun["customs_regimes.paper.document_check_hours"]);
    }

    [Fact]
    public void Set_SeveralValues_ChangeOnlyThoseValues()
    {
        using var temp = new TempFolder();

        var changedRun = RunResolved(temp, RepositoryPaths.Baseline,
            "--set", "ports.aktau.ferry_berths=2", "--set", "flows.trucks_west.annual_tonnes=200000", "--set", "borders.dostyk.westbound.regime=paper");

        Assert.Equal(
            ["borders.dostyk.westbound.regime", "flows.trucks_west.annual_tonnes", "ports.aktau.ferry_berths"],
            YamlKeyPaths.Differences(baseline.Resolved, changedRun));
    }

    public static TheoryData<string> Variants => new(RepositoryPaths.BundledScenarios
        .Where(path => YamlKeyPaths.OfFile(path).ContainsKey("extends"))
        .Select(Path.GetFileName)
        .OfType<string>());

    /// <summary>
    /// Every bundled variant against its parent, through the loader the command line uses: each value the variant
    /// names is in its resolved scenario as written, and every difference from the parent is one it names
    /// (or lies inside a list item it adds, whose defaults are written out).
    /// </summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public void BundledVariant_Extends_ChangesOnlyWhatItNames(string variantFile)
    {
        // Given a bundled variant, the values it names, and its parent
        var variantPath = RepositoryPaths.Scenario(variantFile);
        var named = YamlKeyPaths.OfFile(variantPath).Where(p => p.Key != "extends").ToDictionary();
        var parentPath = Path.Combine(Path.GetDirectoryName(variantPath)!, YamlKeyPaths.OfFile(variantPath)["extends"]);

        // When both are resolved
        var parent = Resolve(parentPath);
        var variant = Resolve(variantPath);

        // Then what it names is there, and nothing else changed
        Assert.All(named, p => Assert.True(variant.TryGetValue(p.Key, out var value) && value == p.Value,
            $"{p.Key}: named {p.Value}, resolved {(variant.TryGetValue(p.Key, out var v) ? v : "(missing)")}"));
        var unnamed = YamlKeyPaths.Differences(parent, variant)
            .Where(key => !named.ContainsKey(key) && !ReplacesList(key, named) && !InsideAddedItem(key, named, parent))
            .ToList();
        Assert.True(unnamed.Count == 0, $"{variantFile} changes values it does not name: {string.Join(", ", unnamed)}");
    }

    /// <summary>An empty list in the parent (<c>regime_effects: []</c>) that the variant replaces by named items.</summary>
    private static bool ReplacesList(string key, IReadOnlyDictionary<string, string> named) =>
        named.Keys.Any(n => n.StartsWith(key + "[", StringComparison.Ordinal));

    private static bool InsideAddedItem(string key, IReadOnlyDictionary<string, string> named, IReadOnlyDictionary<string, string> parent)
    {
        for (var dot = key.IndexOf('.'); dot > 0; dot = key.IndexOf('.', dot + 1))
        {
            var item = key[..dot];
            if (named.ContainsKey(item + ".name") && !parent.ContainsKey(item + ".name")) return true;
        }

        return false;
    }

    private static IReadOnlyDictionary<string, string> Resolve(string path)
    {
        var loaded = ScenarioLoader.Load(path);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        return YamlKeyPaths.OfText(loaded.ResolvedYaml);
    }

    private static IReadOnlyDictionary<string, string> RunResolved(TempFolder temp, string scenario, params string[] overrides)
    {
        var folder = temp.Combine("run");
        var result = Corridorsim.Run(["run", scenario, .. BaselineRun.Options, .. overrides, "--out", folder]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return YamlKeyPaths.OfFile(Path.Combine(folder, "scenario.resolved.yaml"));
    }

    /// <summary>The baseline run once, with the options every run of these tests shares, for its resolved scenario.</summary>
    public sealed class BaselineRun : IDisposable
    {
        public static readonly string[] Options = [.. Corridorsim.Short(1, 0, 1), "--consignments", "none"];

        private readonly TempFolder _temp = new();

        public BaselineRun() => Resolved = RunResolved(_temp, RepositoryPaths.Baseline);

        public IReadOnlyDictionary<string, string> Resolved { get; }

        public void Dispose() => _temp.Dispose();
    }
}
