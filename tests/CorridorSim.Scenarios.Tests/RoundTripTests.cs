namespace CorridorSim.Scenarios.Tests;

/// <summary>
/// Every key a scenario sets survives the resolved YAML: every key of every bundled scenario (with the
/// scenarios it extends), and the keys no bundled scenario sets, from a fixture that sets them.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string Everything = TinyScenario.Yaml
        .Replace("name: tiny\n", "name: everything\ndescription: \"Every key: quoted, with a \\\"quote\\\" and a colon: here\"\nseed: 18446744073709551615\nreplications: 3\n")
        .Replace("    ferry_load_hours: 8\n", "    ferry_load_hours: { dist: empirical, values: [6, 8, 10] }\n    customs: { regime: paper, document_officers: 2, inspection_lanes: 3 }\n    train_max_wait_hours: 36.5\n")
        .Replace("    travel_hours: 4\n", "    travel_hours: { dist: normal, mean: 4, sd: 0.5 }\n")
        .Replace("    capacity_wagons: 52\n", "    capacity_wagons: 52\n    capacity_trucks: 40\n    departure_policy: timetable\n    timetable_hours: [0, 36.5, 100]\n    breakdowns: { mtbf_hours: 2500, repair_hours: { dist: exponential, mean: 30 } }\n")
        .Replace("    annual_tonnes: 700000\n", "    annual_tonnes: 700000\n    annual_tonnes_end: 900000.5\n    monthly_seasonality: [1.2, 1.2, 1, 1, 0.8, 0.8, 0.8, 0.8, 1, 1, 1.2, 1.2]\n    cargo_class: grain\n    routing: least_congested\n")
        + """
        borders:
          - name: dostyk
            westbound:
              exchange_tracks: 35
              exchange_hours: { dist: lognormal, mean: 60, sd: 40 }
              customs: { regime: paper }
              gauge_change: { tracks: 7, hours_per_train: { dist: uniform, min: 4, max: 9 } }
            eastbound:
              exchange_tracks: 4
              exchange_hours: 6.8
        road_legs:
          - name: kazakhstan_aktau_road
            from: kazakhstan
            to: aktau
            travel_hours: 30
        customs_regimes:
          - name: paper
            document_check_hours: { dist: triangular, min: 6, mode: 8, max: 12 }
            inspection_probability: 0.03
            inspection_hours: 4
            pre_arrival: false
            mutual_recognition: true
        storms:
          - name: caspian_storms
            closes: [aktau, aktau_alat_ferry]
            episodes_per_month: [2.5, 2.5, 2, 1, 1, 0.3, 0.3, 0.3, 0.5, 1.5, 3, 3]
            episode_hours: { dist: empirical, values: [24, 48], weights: [1, 3] }
        disruptions:
          - name: aktau_maintenance
            closes: aktau
            start_day: 10
            duration_days: 2.5

        """;

    [Theory]
    [MemberData(nameof(BundledScenarioTests.ScenarioFiles), MemberType = typeof(BundledScenarioTests))]
    public void BundledScenario_EveryKeyItSets_SurvivesTheResolvedYaml(string file)
    {
        // Given a bundled scenario and every key path it and the scenarios it extends set
        var path = RepositoryPaths.Scenario(file);
        var keys = KeysSetBy(path);
        var original = ScenarioLoader.Load(path, []);
        Assert.True(original.Succeeded, string.Join("\n", original.Errors));

        // When its resolved YAML is written and loaded again
        var resolved = YamlKeyPaths.OfText(original.ResolvedYaml);
        var reloaded = ScenarioLoader.LoadFromString(original.ResolvedYaml, "scenario.resolved.yaml", []);

        // Then the resolved YAML names every one of those keys (a value equal to the default included), and loads to the same corridor
        AssertNoneDropped(keys, resolved);
        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors));
        Assert.Empty(SpecCanonical.Differences(original.Spec, reloaded.Spec));
    }

    [Fact]
    public void KeysNoBundledScenarioSets_SurviveTheResolvedYaml()
    {
        // Given a scenario that sets the keys the bundled scenarios leave out
        var original = TinyScenario.Load(Everything);
        Assert.True(original.Succeeded, string.Join("\n", original.Errors));

        // When its resolved YAML is loaded again
        var reloaded = ScenarioLoader.LoadFromString(original.ResolvedYaml, "scenario.resolved.yaml", []);

        // Then every key is still there and nothing changed
        var resolved = YamlKeyPaths.OfText(original.ResolvedYaml);
        AssertNoneDropped(YamlKeyPaths.OfText(Everything).Keys, resolved);
        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors));
        Assert.Empty(SpecCanonical.Differences(original.Spec, reloaded.Spec));
        Assert.Equal(18446744073709551615UL, reloaded.Spec!.Seed);
        Assert.Equal("Every key: quoted, with a \"quote\" and a colon: here", reloaded.Spec.Description);
    }

    /// <summary>The key paths a scenario file sets, with those of the files it extends; <c>extends</c> itself is resolved away.</summary>
    private static IReadOnlyList<string> KeysSetBy(string path)
    {
        var keys = YamlKeyPaths.OfFile(path);
        var own = keys.Keys.Where(k => k != "extends").ToList();
        var all = keys.TryGetValue("extends", out var parent)
            ? own.Union(KeysSetBy(Path.Combine(Path.GetDirectoryName(path)!, parent)), StringComparer.Ordinal).ToList()
            : own;

        // A parent's empty list (regime_effects: []) that a child fills is no longer a key of its own.
        return [.. all.Where(k => !all.Any(other => other.StartsWith(k + "[", StringComparison.Ordinal)))];
    }

    private static void AssertNoneDropped(IEnumerable<string> keys, IReadOnlyDictionary<string, string> resolved)
    {
        var dropped = keys.Where(k => !resolved.ContainsKey(k)).ToList();
        Assert.True(dropped.Count == 0, "the resolved YAML drops " + string.Join(", ", dropped));
    }

    [Fact]
    public void LoadFromString_ReadsExtendsRelativeToTheVirtualPath()
    {
        File.WriteAllText(Path.Combine(_folder, "base.yaml"), TinyScenario.Yaml);

        var result = ScenarioLoader.LoadFromString("extends: base.yaml\nseed: 9\n", Path.Combine(_folder, "child.yaml"), []);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(9UL, result.Spec!.Seed);
        Assert.Equal(2, result.SourceFiles.Count);
    }
}
