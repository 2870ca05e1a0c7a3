namespace CorridorSim.Scenarios.Tests;

/// <summary>The resolved scenario (<c>scenario.resolved.yaml</c>) loads back to the same corridor.</summary>
public class ResolvedYamlTests
{
    [Theory]
    [MemberData(nameof(BundledScenarioTests.ScenarioFiles), MemberType = typeof(BundledScenarioTests))]
    public void ResolvedYaml_Reloaded_GivesAnEqualSpec(string file)
    {
        // Given a bundled scenario, resolved through its extends
        var original = ScenarioLoader.Load(RepositoryPaths.Scenario(file), []);

        // When its resolved YAML is loaded on its own
        var reloaded = ScenarioLoader.LoadFromString(original.ResolvedYaml, "results/x/scenario.resolved.yaml", []);

        // Then it loads cleanly to the same values, and writes the same text again
        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors));
        Assert.Equal(original.Warnings.Select(w => w.KeyPath + ": " + w.Message), reloaded.Warnings.Select(w => w.KeyPath + ": " + w.Message));
        Assert.Equal(SpecCanonical.Text(original.Spec), SpecCanonical.Text(reloaded.Spec));
        Assert.Equal(original.ResolvedYaml, reloaded.ResolvedYaml);
    }

    [Fact]
    public void ResolvedYaml_WithOverrides_CarriesThem()
    {
        var original = ScenarioLoader.Load(RepositoryPaths.Scenario("baseline-2024.yaml"), ["sea_services.kuryk_alat_ferry.vessels=11", "description='with \"quotes\" and: colons'"]);

        var reloaded = ScenarioLoader.LoadFromString(original.ResolvedYaml, "scenario.resolved.yaml", []);

        Assert.Equal(11, reloaded.Spec!.SeaServices.Single(s => s.Name == "kuryk_alat_ferry").Vessels);
        Assert.Equal("with \"quotes\" and: colons", reloaded.Spec.Description);
        Assert.Empty(SpecCanonical.Differences(original.Spec, reloaded.Spec));
    }

    [Fact]
    public void ResolvedYaml_OfTheDefaults_WritesThemOut()
    {
        var original = TinyScenario.Load(TinyScenario.Yaml);

        Assert.Contains("seed: 1\n", original.ResolvedYaml);
        Assert.Contains("replications: 10\n", original.ResolvedYaml);
        Assert.Contains("departure_policy: when_full\n", original.ResolvedYaml);
    }
}
