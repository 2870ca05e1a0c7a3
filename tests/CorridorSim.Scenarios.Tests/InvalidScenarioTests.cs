namespace CorridorSim.Scenarios.Tests;

/// <summary>One mistake per test: each must come back as an error with the right file, line, column, key path and words.</summary>
public class InvalidScenarioTests
{
    private static ScenarioDiagnostic SingleError(string yaml, params string[] overrides)
    {
        var result = TinyScenario.Load(yaml, overrides);
        Assert.Null(result.Spec);
        Assert.Empty(result.ResolvedYaml);
        return Assert.Single(result.Errors);
    }

    private static void AssertAt(ScenarioDiagnostic error, string yaml, string fragment)
    {
        var (line, column) = TinyScenario.Locate(yaml, fragment);
        Assert.Equal(TinyScenario.Path, error.File);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void TinyScenario_AsWritten_LoadsWithoutErrors()
    {
        var result = TinyScenario.Load(TinyScenario.Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void UnknownKey_Misspelt_SuggestsNearestKey()
    {
        // Given a sea service with "vesels" for "vessels"
        var yaml = TinyScenario.With("    vessels: 4", "    vessels: 4\n    vesels: 5");

        // When it is loaded
        var error = SingleError(yaml);

        // Then the key is reported where it was written, with the suggestion and the allowed keys
        AssertAt(error, yaml, "vesels");
        Assert.Equal("sea_services.aktau_alat_ferry.vesels", error.KeyPath);
        Assert.Contains("did you mean 'vessels'?", error.Message);
        Assert.Contains("capacity_wagons", error.Allowed);
    }

    [Fact]
    public void WrongType_TextForNumber_NamesTheExpectedType()
    {
        var yaml = TinyScenario.With("vessels: 4", "vessels: four");

        var error = SingleError(yaml);

        AssertAt(error, yaml, "four");
        Assert.Equal("sea_services.aktau_alat_ferry.vessels", error.KeyPath);
        Assert.Equal("four", error.BadValue);
        Assert.Equal("a whole number ≥ 1 and ≤ 10000", error.Allowed);
    }

    [Fact]
    public void NegativeVessels_Reported_InTheDocumentedFormat()
    {
        var yaml = TinyScenario.With("vessels: 4", "vessels: -2");

        var error = SingleError(yaml);

        var (line, column) = TinyScenario.Locate(yaml, "-2");
        Assert.Equal($"scenarios/tiny.yaml:{line}:{column}: sea_services.aktau_alat_ferry.vessels: -2 is not allowed; expected a whole number ≥ 1", error.ToString());
    }

    [Fact]
    public void NegativeTime_InDistribution_IsRejected()
    {
        var yaml = TinyScenario.With("travel_hours: 4", "travel_hours: -4");

        var error = SingleError(yaml);

        AssertAt(error, yaml, "-4");
        Assert.Equal("rail_legs.alat_azerbaijan.travel_hours", error.KeyPath);
        Assert.Equal("a number ≥ 0", error.Allowed);
    }

    [Fact]
    public void Triangular_MinAboveMax_IsImpossible()
    {
        var yaml = TinyScenario.With("{ dist: triangular, min: 6, mode: 8, max: 12 }", "{ dist: triangular, min: 14, mode: 8, max: 12 }");

        var error = SingleError(yaml);

        AssertAt(error, yaml, "14");
        Assert.Equal("ports.aktau.ferry_load_hours.min", error.KeyPath);
        Assert.Contains("min 14 is not below max 12", error.Message);
    }

    [Fact]
    public void Triangular_ModeOutsideRange_IsImpossible()
    {
        var yaml = TinyScenario.With("mode: 8, max: 12", "mode: 13, max: 12");

        var error = SingleError(yaml);

        Assert.Equal("ports.aktau.ferry_load_hours.mode", error.KeyPath);
        Assert.Contains("outside", error.Message);
    }

    [Fact]
    public void Empirical_WeightsMismatched_AreRejected()
    {
        var yaml = TinyScenario.With("travel_hours: 4", "travel_hours: { dist: empirical, values: [3, 4, 5], weights: [1, 2] }");

        var error = SingleError(yaml);

        Assert.Equal("rail_legs.alat_azerbaijan.travel_hours.weights", error.KeyPath);
        Assert.Equal("exactly 3 weights, one per value", error.Allowed);
    }

    [Fact]
    public void NormalSd_Negative_IsRejected()
    {
        var yaml = TinyScenario.With("travel_hours: 4", "travel_hours: { dist: normal, mean: 4, sd: -1 }");

        var error = SingleError(yaml);

        Assert.Equal("rail_legs.alat_azerbaijan.travel_hours.sd", error.KeyPath);
    }

    [Fact]
    public void NaN_AsNumber_IsNotFinite()
    {
        var yaml = TinyScenario.With("annual_tonnes: 700000", "annual_tonnes: .nan");

        var error = SingleError(yaml);

        AssertAt(error, yaml, ".nan");
        Assert.Equal("flows.grain.annual_tonnes", error.KeyPath);
        Assert.Contains("not a finite number", error.Message);
    }

    [Theory]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData("1e400")]
    [InlineData("Infinity")]
    public void NonFiniteNumber_AnySpelling_IsRejected(string written)
    {
        var error = SingleError(TinyScenario.With("annual_tonnes: 700000", $"annual_tonnes: {written}"));

        Assert.Equal("flows.grain.annual_tonnes", error.KeyPath);
    }

    [Fact]
    public void HugeNumber_IsTooLarge()
    {
        var error = SingleError(TinyScenario.With("vessels: 4", "vessels: 1000000000"));

        Assert.Contains("too large", error.Message);
        Assert.Equal("a whole number ≤ 10000", error.Allowed);
    }

    [Fact]
    public void Probability_AboveOne_IsRejected()
    {
        var yaml = TinyScenario.Yaml + "customs_regimes:\n  - name: paper\n    document_check_hours: 8\n    inspection_probability: 1.5\n    inspection_hours: 4\n";

        var error = SingleError(yaml);

        Assert.Equal("customs_regimes.paper.inspection_probability", error.KeyPath);
        Assert.Equal("a number ≤ 1", error.Allowed);
    }

    [Fact]
    public void RequiredKey_Missing_IsReportedAtItsMapping()
    {
        var yaml = TinyScenario.With("    capacity_wagons: 52\n", "");

        var error = SingleError(yaml);

        AssertAt(error, yaml, "name: aktau_alat_ferry");
        Assert.Equal("sea_services.aktau_alat_ferry.capacity_wagons", error.KeyPath);
        Assert.Contains("required", error.Message);
    }

    [Fact]
    public void DuplicateName_InAList_IsRejected()
    {
        var yaml = TinyScenario.With("  - name: azerbaijan\n", "  - name: azerbaijan\n  - name: azerbaijan\n");

        var error = SingleError(yaml);

        Assert.Equal("destinations[1].name", error.KeyPath);
        Assert.Contains("used twice", error.Message);
    }

    [Fact]
    public void UnknownFacility_InRailLeg_SuggestsNearestName()
    {
        var yaml = TinyScenario.With("    to: aktau", "    to: aktauu");

        var errors = TinyScenario.Load(yaml).Errors;

        var error = Assert.Single(errors, e => e.KeyPath == "rail_legs.kazakhstan_aktau.to");
        AssertAt(error, yaml, "aktauu");
        Assert.Contains("no facility is named 'aktauu' (did you mean 'aktau'?)", error.Message);
    }

    [Fact]
    public void UnknownCustomsRegime_AtPort_IsRejected()
    {
        var yaml = TinyScenario.With("    ferry_load_hours: 8\n", "    ferry_load_hours: 8\n    customs: { regime: electronic }\n");

        var error = SingleError(yaml);

        AssertAt(error, yaml, "electronic");
        Assert.Equal("ports.alat.customs.regime", error.KeyPath);
        Assert.Contains("no customs regime is named 'electronic'", error.Message);
    }

    [Fact]
    public void Flow_WithoutRoutes_HasNoRoute()
    {
        var yaml = TinyScenario.With("    routes:\n      - name: via_aktau\n        via: [kazakhstan, aktau, alat, azerbaijan]\n", "");

        var error = SingleError(yaml);

        AssertAt(error, yaml, "name: grain");
        Assert.Equal("flows.grain.routes", error.KeyPath);
        Assert.Contains("has no route", error.Message);
    }

    [Fact]
    public void Route_WithUnjoinedFacilities_HasNoWayThrough()
    {
        // Given a route that skips the ferry: nothing joins Kazakhstan to Alat
        var yaml = TinyScenario.With("via: [kazakhstan, aktau, alat, azerbaijan]", "via: [kazakhstan, alat, azerbaijan]");

        var error = SingleError(yaml);

        AssertAt(error, yaml, "alat, azerbaijan]");
        Assert.Equal("flows.grain.routes.via_aktau.via[1]", error.KeyPath);
        Assert.Contains("no way for a wagon from 'kazakhstan' to 'alat'", error.Message);
    }

    [Fact]
    public void Route_AgainstItsDirection_IsRejected()
    {
        var yaml = TinyScenario.With("direction: westbound", "direction: eastbound");

        var errors = TinyScenario.Load(yaml).Errors;

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("against its eastbound direction", e.Message));
    }

    [Fact]
    public void Container_OnRailFerry_HasNoWayAcross()
    {
        var yaml = TinyScenario.With("unit: wagon", "unit: container");

        var error = SingleError(yaml);

        Assert.Equal("flows.grain.routes.via_aktau.via[2]", error.KeyPath);
        Assert.Contains("only the rail ferry service 'aktau_alat_ferry' joins them", error.Message);
    }

    [Fact]
    public void RouteShares_NotSummingToOne_AreRejected()
    {
        var yaml = TinyScenario.With("via: [kazakhstan, aktau, alat, azerbaijan]", "via: [kazakhstan, aktau, alat, azerbaijan]\n        share: 0.8");

        var error = SingleError(yaml);

        Assert.Equal("flows.grain.routes", error.KeyPath);
        Assert.Contains("add up to 0.8", error.Message);
    }

    [Fact]
    public void Seasonality_ElevenNumbers_IsRejected()
    {
        var yaml = TinyScenario.With("    tonnes_per_unit: 65", "    monthly_seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n    tonnes_per_unit: 65");

        var error = SingleError(yaml);

        Assert.Equal("flows.grain.monthly_seasonality", error.KeyPath);
        Assert.Contains("12 numbers", error.Allowed);
    }

    [Fact]
    public void TimetableHour_OutsideTheWeek_IsRejected()
    {
        var yaml = TinyScenario.With("    vessels: 4", "    departure_policy: timetable\n    timetable_hours: [12, 168]\n    vessels: 4");

        var error = SingleError(yaml);

        Assert.Equal("sea_services.aktau_alat_ferry.timetable_hours[1]", error.KeyPath);
        Assert.Equal("a number < 168", error.Allowed);
    }

    [Fact]
    public void UnknownEnumWord_SuggestsNearest()
    {
        var error = SingleError(TinyScenario.With("vessel_class: rail_ferry", "vessel_class: rail_feri"));

        Assert.Equal("sea_services.aktau_alat_ferry.vessel_class", error.KeyPath);
        Assert.Contains("did you mean 'rail_ferry'?", error.Message);
    }

    [Fact]
    public void EmptyPortName_IsRejectedAsAnUnknownPort()
    {
        var errors = TinyScenario.Load(TinyScenario.With("east_port: aktau", "east_port: \"\"")).Errors;

        Assert.Contains(errors, e => e.KeyPath == "sea_services.aktau_alat_ferry.east_port" && e.Message.StartsWith("no port is named ''", StringComparison.Ordinal) && e.Line > 0);
    }

    [Fact]
    public void WarmupLongerThanHorizon_IsRejected()
    {
        var error = SingleError(TinyScenario.With("warmup_days: 5", "warmup_days: 90"));

        Assert.Equal("warmup_days", error.KeyPath);
        Assert.Equal("the warm-up of 90 days is not shorter than the horizon", error.Message);
        Assert.Equal("90", error.BadValue);
        Assert.Equal("fewer days than horizon_days (60)", error.Allowed);
    }

    [Fact]
    public void SeveralMistakes_AreAllReported()
    {
        var yaml = TinyScenario.With("vessels: 4", "vessels: -1").Replace("train_paths_per_day: 20", "train_paths_per_day: 0").Replace("annual_tonnes: 700000", "annual_tonnes: -5");

        var errors = TinyScenario.Load(yaml).Errors;

        Assert.Equal(
            ["flows.grain.annual_tonnes", "rail_legs.alat_azerbaijan.train_paths_per_day", "sea_services.aktau_alat_ferry.vessels"],
            errors.Select(e => e.KeyPath).Order());
    }
}
