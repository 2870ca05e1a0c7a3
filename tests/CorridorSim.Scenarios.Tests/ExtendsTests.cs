namespace CorridorSim.Scenarios.Tests;

/// <summary><c>extends</c>: a child file changes exactly what it names, and mistakes keep the file that made them.</summary>
public sealed class ExtendsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-extends-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private static Corridor.Spec.CorridorSpec Baseline() => ScenarioLoader.Load(RepositoryPaths.Scenario("baseline-2024.yaml"), []).Spec!;

    [Fact]
    public void DigitalCustoms_ChangesOnlyCustomsRegimesAndName()
    {
        // Given the baseline and the digital-customs variant on top of it
        var variant = ScenarioLoader.Load(RepositoryPaths.Scenario("digital-customs.yaml"), []).Spec!;

        // When their values are compared one by one
        var differences = SpecCanonical.Differences(Baseline(), variant);

        // Then only the name, the description and the regime of each customs post differ
        Assert.Equal(
            [
                "Borders[akhalkalaki].Westbound.Regime",
                "Borders[altynkol].Eastbound.Regime",
                "Borders[altynkol].Westbound.Regime",
                "Borders[beyuk_kesik].Eastbound.Regime",
                "Borders[beyuk_kesik].Westbound.Regime",
                "Borders[dostyk].Eastbound.Regime",
                "Borders[dostyk].Westbound.Regime",
                "Description",
                "Name",
                "Ports[aktau].Customs.Regime",
                "Ports[alat].Customs.Regime",
                "Ports[kuryk].Customs.Regime",
            ],
            differences);
    }

    [Fact]
    public void StormSeason_ReplacesOnlyTheMonthlyEpisodes()
    {
        var variant = ScenarioLoader.Load(RepositoryPaths.Scenario("storm-season.yaml"), []).Spec!;

        var differences = SpecCanonical.Differences(Baseline(), variant);

        Assert.Equal(
            ["Description", "Name", "Storms[caspian_storms].EpisodesPerMonth[10]", "Storms[caspian_storms].EpisodesPerMonth[11]"],
            differences);
    }

    [Fact]
    public void ChainOfExtends_ListsEverySourceFile()
    {
        var result = ScenarioLoader.Load(RepositoryPaths.Scenario("wb-2030.yaml"), []);

        Assert.Equal(["wb-2030.yaml", "roadmap-2027.yaml", "baseline-2024.yaml"], result.SourceFiles.Select(Path.GetFileName));
    }

    [Fact]
    public void NamedItem_New_IsAppended_AndRemoveDropsOne()
    {
        // Given a child that adds a destination and removes nothing it does not know
        Write("base.yaml", TinyScenario.Yaml);
        var child = Write("child.yaml", "extends: base.yaml\ndestinations:\n  - name: georgia\n");

        var spec = ScenarioLoader.Load(child, []).Spec!;

        Assert.Equal(["azerbaijan", "georgia"], spec.Destinations.Select(d => d.Name));
        var removed = Write("removed.yaml", "extends: child.yaml\ndestinations:\n  - name: georgia\n    remove: true\n");
        Assert.Equal(["azerbaijan"], ScenarioLoader.Load(removed, []).Spec!.Destinations.Select(d => d.Name));
    }

    [Fact]
    public void Remove_OfUnknownItem_IsAnError()
    {
        Write("base.yaml", TinyScenario.Yaml);
        var child = Write("child.yaml", "extends: base.yaml\ndestinations:\n  - name: georgia\n    remove: true\n");

        var error = Assert.Single(ScenarioLoader.Load(child, []).Errors);

        Assert.Equal((child, 4), (error.File, error.Line));
        Assert.Contains("no item named 'georgia'", error.Message);
    }

    [Fact]
    public void NullValue_RemovesTheParentsKey()
    {
        Write("base.yaml", TinyScenario.Yaml.Replace("warmup_days: 5\n", "warmup_days: 5\ndescription: parent\n"));
        var child = Write("child.yaml", "extends: base.yaml\ndescription: ~\n");

        Assert.Equal("", ScenarioLoader.Load(child, []).Spec!.Description);
    }

    [Fact]
    public void DistributionWithDist_ReplacesTheParentsWhole()
    {
        Write("base.yaml", TinyScenario.Yaml);
        var child = Write("child.yaml", "extends: base.yaml\nports:\n  - name: aktau\n    ferry_load_hours: { dist: exponential, mean: 9 }\n");

        var result = ScenarioLoader.Load(child, []);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(Corridor.Spec.DistributionSpec.Exponential(9), result.Spec!.Ports[0].Berth(Corridor.Spec.BerthKind.Ferry).HandlingHours);
    }

    [Fact]
    public void DistributionWithoutDist_ChangesOnlyTheNamedParameter()
    {
        Write("base.yaml", TinyScenario.Yaml);
        var child = Write("child.yaml", "extends: base.yaml\nports:\n  - name: aktau\n    ferry_load_hours: { mode: 10 }\n");

        var spec = ScenarioLoader.Load(child, []).Spec!;

        Assert.Equal(Corridor.Spec.DistributionSpec.Triangular(6, 10, 12), spec.Ports[0].Berth(Corridor.Spec.BerthKind.Ferry).HandlingHours);
    }

    [Fact]
    public void Cycle_IsAnErrorNamingTheChain()
    {
        var a = Write("a.yaml", "extends: b.yaml\nname: a\n");
        Write("b.yaml", "extends: a.yaml\nname: b\n");

        var error = Assert.Single(ScenarioLoader.Load(a, []).Errors);

        Assert.Equal(Path.Combine(_folder, "b.yaml"), error.File);
        Assert.Equal((1, 10), (error.Line, error.Column));
        Assert.Equal("extends", error.KeyPath);
        Assert.Equal($"extends cycle: {a} → {Path.Combine(_folder, "b.yaml")} → {a}", error.Message);
    }

    [Fact]
    public void SelfExtends_IsACycle()
    {
        var a = Write("self.yaml", "extends: self.yaml\n");

        Assert.Contains("extends cycle", Assert.Single(ScenarioLoader.Load(a, []).Errors).Message);
    }

    [Fact]
    public void MissingParent_IsReportedAtTheExtendsKey()
    {
        var child = Write("child.yaml", "name: x\nextends: nowhere.yaml\n");

        var error = Assert.Single(ScenarioLoader.Load(child, []).Errors);

        Assert.Equal((child, 2, 10), (error.File, error.Line, error.Column));
        Assert.Contains(Path.Combine(_folder, "nowhere.yaml") + ": file not found", error.Message);
    }

    [Fact]
    public void ErrorInParent_KeepsTheParentsFileAndLine()
    {
        // Given a parent with a negative fleet and a child that changes something else
        var parentYaml = TinyScenario.With("vessels: 4", "vessels: -4");
        var parent = Write("base.yaml", parentYaml);
        var child = Write("child.yaml", "extends: base.yaml\nseed: 7\n");

        var error = Assert.Single(ScenarioLoader.Load(child, []).Errors);

        Assert.Equal(parent, error.File);
        Assert.Equal(TinyScenario.Locate(parentYaml, "-4").Line, error.Line);
    }

    [Fact]
    public void ErrorInChild_PointsAtTheChild()
    {
        Write("base.yaml", TinyScenario.Yaml);
        var child = Write("child.yaml", "extends: base.yaml\nsea_services:\n  - name: aktau_alat_ferry\n    vessels: 0\n");

        var error = Assert.Single(ScenarioLoader.Load(child, []).Errors);

        Assert.Equal((child, 4, 14), (error.File, error.Line, error.Column));
    }
}
