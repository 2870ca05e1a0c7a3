using CorridorSim.Experiments.Marginal;
using CorridorSim.Scenarios;

namespace CorridorSim.Cli.Tests;

/// <summary>The marginal candidates of the bundled scenarios against the scenario loader that applies them as <c>--set</c> overrides.</summary>
public sealed class MarginalCandidateOverrideTests
{
    public static TheoryData<string> Bundled => [.. RepositoryPaths.BundledScenarios.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Candidates_OfABundledScenario_EachChangeExactlyItsKeyPathToItsValue(string file)
    {
        // Given a bundled scenario and its catalogue of changes
        var loaded = ScenarioLoader.Load(RepositoryPaths.Scenario(file), []);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var before = YamlKeyPaths.OfText(loaded.ResolvedYaml);
        var candidates = CapacityCatalogue.Of(loaded.Spec!);
        Assert.NotEmpty(candidates);

        foreach (var candidate in candidates)
        {
            // When each is applied as the command line applies it
            var applied = ScenarioOverrides.Apply(loaded, [ScenarioOverrides.Parse(candidate.Override)]);

            // Then it loads without error and the resolved scenario differs in that key alone, which holds the new value
            Assert.True(applied.Succeeded, $"{candidate.Override}: {string.Join("; ", applied.Errors)}");
            var after = YamlKeyPaths.OfText(applied.ResolvedYaml);
            Assert.Equal([candidate.KeyPath], YamlKeyPaths.Differences(before, after));
            Assert.Equal(candidate.Value, after[candidate.KeyPath]);
        }
    }
}
