namespace CorridorSim.Scenarios.Tests;

/// <summary><c>--set key.path=value</c> and sweep points: each changes exactly the value it names.</summary>
public class OverrideTests
{
    private static readonly string Baseline = RepositoryPaths.Scenario("baseline-2024.yaml");

    private static IReadOnlyList<string> Changed(params string[] overrides)
    {
        var before = ScenarioLoader.Load(Baseline, []);
        var after = ScenarioLoader.Load(Baseline, overrides);
        Assert.True(after.Succeeded, string.Join("\n", after.Errors));
        return SpecCanonical.Differences(before.Spec, after.Spec);
    }

    [Fact]
    public void Set_FleetSize_ChangesOnlyThatFleet()
    {
        Assert.Equal(["SeaServices[aktau_alat_ferry].Vessels"], Changed("sea_services.aktau_alat_ferry.vessels=8"));
    }

    [Fact]
    public void Set_CustomsRegimeOfOneBorderSide_ChangesOnlyThatPost()
    {
        Assert.Equal(["Borders[dostyk].Westbound.Regime"], Changed("borders.dostyk.westbound.regime=electronic_pre_arrival"));
    }

    [Fact]
    public void Set_ProceduralShareOfOneBorderSide_ChangesOnlyThatSide()
    {
        Assert.Equal(["Borders[dostyk].Westbound.ProceduralShare"], Changed("borders.dostyk.westbound.procedural_share=0.4"));
    }

    [Fact]
    public void Set_StepOfOneBorderSide_IsAddressedByItsName()
    {
        Assert.Equal(["Borders[dostyk].Westbound.Steps[train_acceptance].CapacityTrains"], Changed("borders.dostyk.westbound.steps.train_acceptance.capacity_trains=3"));
    }

    [Fact]
    public void Set_DistributionAsFlowMapping_ReplacesTheDistribution()
    {
        var result = ScenarioLoader.Load(Baseline, ["ports.aktau.ferry_load_hours={ dist: constant, value: 5 }"]);

        Assert.Equal(Corridor.Spec.DistributionSpec.Constant(5), result.Spec!.Ports.Single(p => p.Name == "aktau").Berth(Corridor.Spec.BerthKind.Ferry).HandlingHours);
    }

    [Fact]
    public void Set_ItemOfPlainList_ByIndex()
    {
        Assert.Equal(["Storms[caspian_storms].EpisodesPerMonth[0]"], Changed("storms.caspian_storms.episodes_per_month.0=4"));
    }

    [Fact]
    public void Set_TopLevelRunSettings_ChangeOnlyThem()
    {
        Assert.Equal(["HorizonDays", "Replications", "Seed"], Changed("seed=7", "replications=3", "horizon_days=90"));
    }

    [Fact]
    public void Set_OptionalKeyNotInTheFile_IsCreated()
    {
        var changed = Changed("sea_services.aktau_dubendi_tanker.breakdowns.mtbf_hours=500", "sea_services.aktau_dubendi_tanker.breakdowns.repair_hours=12");

        Assert.All(changed, c => Assert.StartsWith("SeaServices[aktau_dubendi_tanker].Breakdowns", c));
    }

    [Fact]
    public void Set_EmptyValue_RestoresTheDefault()
    {
        var result = ScenarioLoader.Load(Baseline, ["ports.aktau.train_max_wait_hours="]);

        Assert.Equal(24, result.Spec!.Ports.Single(p => p.Name == "aktau").TrainMaxWaitHours);
    }

    [Fact]
    public void Set_MisspeltKey_SuggestsTheNearestKey()
    {
        var error = Assert.Single(ScenarioLoader.Load(Baseline, ["sea_services.aktau_alat_ferry.vesels=8"]).Errors);

        Assert.Equal("--set", error.File);
        Assert.Equal("sea_services.aktau_alat_ferry.vesels", error.KeyPath);
        Assert.Contains("did you mean 'vessels'?", error.Message);
    }

    [Fact]
    public void Set_UnknownItem_SuggestsTheNearestName()
    {
        var error = Assert.Single(ScenarioLoader.Load(Baseline, ["sea_services.aktau_ferry.vessels=8"]).Errors);

        Assert.Equal("--set: sea_services.aktau_ferry: 'sea_services' has no item 'aktau_ferry' (did you mean 'aktau_alat_ferry'?); expected one of aktau_alat_ferry, kuryk_alat_ferry, aktau_alat_feeder, aktau_dubendi_tanker, turkmenbashi_alat_ferry, poti_constanta_feeder, poti_constanta_ferry, batumi_constanta_ferry", error.ToString());
    }

    [Fact]
    public void Set_BadValue_IsReportedAtTheOverride()
    {
        var error = Assert.Single(ScenarioLoader.Load(Baseline, ["sea_services.aktau_alat_ferry.vessels=-2"]).Errors);

        Assert.Equal("--set: sea_services.aktau_alat_ferry.vessels: -2 is not allowed; expected a whole number ≥ 1", error.ToString());
    }

    [Theory]
    [InlineData("vessels")]
    [InlineData("=8")]
    [InlineData("sea_services..vessels=8")]
    [InlineData("name.first=x")]
    [InlineData("sea_services.aktau_alat_ferry=8")]
    [InlineData("horizon_days=[1, 2")]
    public void Set_Malformed_IsAnErrorNotAnException(string text)
    {
        var result = ScenarioLoader.Load(Baseline, [text]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("--set", error.File);
    }

    [Fact]
    public void Apply_SweepPoints_OnOneLoadedScenario_ChangeOnlyTheirValue()
    {
        // Given the baseline loaded once with a run-wide override
        var loaded = ScenarioLoader.Load(Baseline, ["seed=5"]);

        // When each sweep point is applied to it
        var fleets = new[] { "6", "12" }
            .Select(vessels => ScenarioOverrides.Apply(loaded, [ScenarioOverrides.Parse($"sea_services.kuryk_alat_ferry.vessels={vessels}")]))
            .ToList();

        // Then each point differs from the loaded scenario only in the fleet, and keeps the run-wide override
        Assert.Equal([6, 12], fleets.Select(f => f.Spec!.SeaServices.Single(s => s.Name == "kuryk_alat_ferry").Vessels));
        Assert.All(fleets, f => Assert.Equal(["SeaServices[kuryk_alat_ferry].Vessels"], SpecCanonical.Differences(loaded.Spec, f.Spec)));
        Assert.All(fleets, f => Assert.Equal(5UL, f.Spec!.Seed));
    }

    [Fact]
    public void Apply_ToAScenarioThatFailedToRead_KeepsItsErrors()
    {
        var missing = ScenarioLoader.Load("no/such/file.yaml", []);

        var applied = ScenarioOverrides.Apply(missing, [ScenarioOverrides.Parse("seed=3")]);

        Assert.Equal(missing.Errors, applied.Errors);
    }
}
