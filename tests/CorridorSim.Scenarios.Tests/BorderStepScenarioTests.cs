using CorridorSim.Corridor.Spec;

namespace CorridorSim.Scenarios.Tests;

/// <summary>
/// Covers: loading a border side written as procedure steps, the start month, background trains and storms
/// that close a border; each mistake comes back with its key path.
/// </summary>
public class BorderStepScenarioTests
{
    private const string Yaml = """
        name: steps
        horizon_days: 60
        warmup_days: 5
        start_month: 7
        origins:
          - name: china
        destinations:
          - name: azerbaijan
        borders:
          - name: dostyk
            westbound:
              regime: paper
              procedural_share: 0.3
              steps:
                - name: customs_declaration
                  capacity_trains: 4
                  hours: 8
                  kind: procedure
                  regime_effects: [pre_arrival, mutual_recognition]
                - name: phytosanitary_control
                  capacity_trains: 1
                  hours: 1
                  kind: procedure
                  regime_effects: [single_window]
                  cargo_classes: [grain]
                  probability: 0.5
                - name: locomotive_and_path
                  hours: { dist: lognormal, mean: 48, sd: 36 }
                  kind: waiting
                  regime_effects: []
            eastbound:
              steps:
                - name: train_acceptance
                  capacity_trains: 1
                  hours: 2
                  kind: physical
                  regime_effects: []
        rail_legs:
          - name: china_dostyk
            from: china
            to: dostyk
            travel_hours: 96
            train_paths_per_day: 14
          - name: dostyk_azerbaijan
            from: dostyk
            to: azerbaijan
            travel_hours: 96
            train_paths_per_day: 10
        customs_regimes:
          - name: paper
            document_check_hours: 8
        flows:
          - name: grain
            origin: china
            destination: azerbaijan
            direction: westbound
            cargo_class: grain
            unit: wagon
            annual_tonnes: 700000
            tonnes_per_unit: 65
            units_per_train: 50
            routes:
              - name: via_dostyk
                via: [china, dostyk, azerbaijan]
        storms:
          - name: dostyk_wind
            closes: [dostyk]
            episodes_per_month: [1, 1, 1, 1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 1, 1]
            episode_hours: 12
        background:
          - name: bilateral
            at: dostyk
            direction: westbound
            trains_per_day: 10
            tonnes_per_train: 2300

        """;

    private static ScenarioLoadResult Load(string yaml, params string[] overrides) => ScenarioLoader.LoadFromString(yaml, "scenarios/steps.yaml", overrides);

    private static ScenarioDiagnostic SingleError(string yaml, params string[] overrides)
    {
        var result = Load(yaml, overrides);
        Assert.Null(result.Spec);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Steps_AsWritten_LoadIntoTheSpec()
    {
        var result = Load(Yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var side = result.Spec!.Borders.Single().Westbound;
        Assert.Equal("paper", side.Regime);
        Assert.Equal(0.3, side.ProceduralShare);
        Assert.Equal(["customs_declaration", "phytosanitary_control", "locomotive_and_path"], side.Steps.Select(s => s.Name));
        Assert.Equal([RegimeEffect.PreArrival, RegimeEffect.MutualRecognition], side.Steps[0].RegimeEffects);
        Assert.Equal(["grain"], side.Steps[1].CargoClasses);
        Assert.Equal(0.5, side.Steps[1].Probability);
        Assert.Null(side.Steps[2].CapacityTrains);
        Assert.Empty(side.Steps[2].RegimeEffects);
        Assert.Equal(BorderStepKind.Waiting, side.Steps[2].Kind);
        Assert.Equal(7, result.Spec.StartMonth);
        Assert.Equal(new BackgroundFlowSpec("bilateral", "dostyk", Direction.Westbound, 10, 2300), result.Spec.Background.Single());
        Assert.Equal(["dostyk"], result.Spec.Storms.Single().Closes);
    }

    [Fact]
    public void Steps_ResolvedYaml_LoadsBackToTheSameSpec()
    {
        var first = Load(Yaml);
        var again = ScenarioLoader.LoadFromString(first.ResolvedYaml, "scenarios/steps.resolved.yaml", []);

        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Empty(SpecCanonical.Differences(first.Spec!, again.Spec!));
    }

    [Fact]
    public void Steps_MixedWithTheShortForm_IsAnErrorAtTheShortFormKey()
    {
        var yaml = Yaml.Replace("      regime: paper\n", "      regime: paper\n      exchange_tracks: 3\n", StringComparison.Ordinal);

        var error = SingleError(yaml);

        Assert.Equal("borders.dostyk.westbound.exchange_tracks", error.KeyPath);
        Assert.Contains("short form", error.Message);
    }

    [Fact]
    public void Steps_UnknownRegimeEffect_SuggestsTheNearestWord()
    {
        var yaml = Yaml.Replace("[pre_arrival, mutual_recognition]", "[pre_arival, mutual_recognition]", StringComparison.Ordinal);

        var error = SingleError(yaml);

        Assert.Equal("borders.dostyk.westbound.steps.customs_declaration.regime_effects[0]", error.KeyPath);
        Assert.Contains("did you mean 'pre_arrival'", error.Message);
    }

    [Fact]
    public void Steps_RegimeEffectsMissing_IsRequiredSoEveryStepSaysSo()
    {
        var yaml = Yaml.Replace("          regime_effects: [single_window]\n", "", StringComparison.Ordinal);

        var error = SingleError(yaml);

        Assert.Equal("borders.dostyk.westbound.steps.phytosanitary_control.regime_effects", error.KeyPath);
        Assert.Contains("[] for none", error.Allowed);
    }

    [Theory]
    [InlineData("start_month=13", "start_month")]
    [InlineData("start_month=0", "start_month")]
    [InlineData("borders.dostyk.westbound.procedural_share=1.5", "borders.dostyk.westbound.procedural_share")]
    [InlineData("background.bilateral.trains_per_day=0", "background.bilateral.trains_per_day")]
    [InlineData("background.bilateral.at=nowhere", "background.bilateral.at")]
    [InlineData("borders.dostyk.westbound.regime=digital", "borders.dostyk.westbound.regime")]
    public void NewKeys_OutOfRange_AreErrorsAtTheirKeyPath(string set, string keyPath)
    {
        var error = SingleError(Yaml, set);

        Assert.Equal(keyPath, error.KeyPath);
    }

    [Fact]
    public void ProceduralShare_NoProcedureStep_IsAnError()
    {
        var error = SingleError(Yaml, "borders.dostyk.eastbound.procedural_share=0.5");

        Assert.Equal("borders.dostyk.eastbound.procedural_share", error.KeyPath);
        Assert.Contains("no step of kind procedure", error.Message);
    }
}
