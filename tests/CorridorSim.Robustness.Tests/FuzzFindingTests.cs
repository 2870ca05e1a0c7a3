using CorridorSim.Corridor;
using CorridorSim.Scenarios;

namespace CorridorSim.Robustness.Tests;

/// <summary>Faults the scenario fuzzing found, each pinned by the smallest input that showed it.</summary>
public class FuzzFindingTests
{
    private static string Baseline => File.ReadAllText(RepositoryPaths.Scenario("baseline-2024.yaml"));

    private static ScenarioLoadResult Load(string yaml) => ScenarioLoader.LoadFromString(yaml, RepositoryPaths.Scenario("baseline-2024.yaml"));

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the text");
        return text[..at] + replace + text[(at + find.Length)..];
    }

    [Fact]
    public void UnknownKey_EndingInNoBreakSpace_MessageNamesTheInvisibleCharacter()
    {
        // Given a key with a no-break space pasted after it (found by InsertJunk)
        var yaml = ReplaceFirst(Baseline, "          probability: 0.2 ", "          probability\u00a0: 0.2 ");

        // When it is loaded
        var error = Assert.Single(Load(yaml).Errors);

        // Then the message says what cannot be seen, not just "unknown key 'gauge_change '"
        Assert.Contains("unknown key", error.Message);
        Assert.Contains("U+00A0", error.Message);
        Assert.Contains("did you mean 'probability'", error.Message);
    }

    [Fact]
    public void UnknownFacility_WithZeroWidthSpace_MessageNamesTheInvisibleCharacter()
    {
        // Given a rail leg whose 'to' holds a zero-width space
        var yaml = ReplaceFirst(Baseline, "to: aktau", "to: akt\u200bau");

        // When it is loaded
        var errors = Load(yaml).Errors;

        // Then every error about that name says it holds U+200B
        Assert.NotEmpty(errors);
        Assert.All(errors.Where(e => e.Message.Contains("akt\u200bau")), e => Assert.Contains("U+200B", e.Message));
    }

    [Theory]
    [InlineData("wb-2030.yaml", "annual_tonnes: 182000 ", "annual_tonnes: 1e9 ", "flows.trucks_east.annual_tonnes")]
    [InlineData("baseline-2024.yaml", "tonnes_per_unit: 65 ", "tonnes_per_unit: 0.001 ", "flows.kz_grain_to_azerbaijan.annual_tonnes")]
    public void Flow_MillionsOfConsignmentsAYear_IsRejectedAtItsDemand(string scenario, string find, string replace, string keyPath)
    {
        // Given a flow of a billion tonnes of trucks (found by SetNumber: the 20-day run did not finish in 20 s), or of 1-kg wagons
        var path = RepositoryPaths.Scenario(scenario);
        var yaml = ReplaceFirst(File.ReadAllText(path), find, replace);

        // When it is loaded
        var error = Assert.Single(ScenarioLoader.LoadFromString(yaml, path).Errors);

        // Then it is refused before any run, at the flow's demand, with the count and the limit
        Assert.Equal(keyPath, error.KeyPath);
        Assert.True(error.Line >= 1);
        Assert.Contains("consignments a year", error.Message);
        Assert.Contains("at most 1,000,000", error.Message);
    }

    [Fact]
    public void Flow_RampingPastTheConsignmentLimit_IsRejectedAtItsEndDemand()
    {
        // Given the growth scenario ramping one flow to 10¹⁰ t
        var path = RepositoryPaths.Scenario("growth-10mt.yaml");
        var yaml = File.ReadAllText(path);
        var at = yaml.IndexOf("annual_tonnes_end:", StringComparison.Ordinal);
        var end = yaml.IndexOf('#', at);
        yaml = yaml[..at] + "annual_tonnes_end: 1e10 " + yaml[end..];

        // When it is loaded
        var error = Assert.Single(ScenarioLoader.LoadFromString(yaml, path).Errors);

        // Then the end of the ramp is named
        Assert.EndsWith(".annual_tonnes_end", error.KeyPath, StringComparison.Ordinal);
        Assert.Contains("consignments a year", error.Message);
    }

    [Fact]
    public void LogNormal_TinyMeanOrdinarySd_RunsWithoutNaNDelays()
    {
        // Given a border step's hours with a mean of 1e-300 h and an sd of 100,000 h (found by SetNumber on the
        // exchange hours of the short form: the model threw "A timeout delay must be finite and not negative; got NaN")
        var yaml = ReplaceFirst(Baseline, "hours: { dist: lognormal, mean: 48, sd: 36 }", "hours: { dist: lognormal, mean: 1e-300, sd: 1e5 }");
        var spec = Load(yaml).Spec;
        Assert.NotNull(spec);

        // When it runs
        var result = CorridorModel.RunReplication(spec with { HorizonDays = 20, WarmupDays = 0 }, 0, new RunOptions());

        // Then it finishes with cargo conserved
        Assert.True(result.Ledger.Balances);
        Assert.True(result.Ledger.DeliveredTonnes > 0);
    }

    [Fact]
    public void CapacityWarning_NearZeroCapacity_SaysSoInWordsNotInHundredsOfDigits()
    {
        // Given train paths of 1e-300 a day on every leg (found by probing: "(4305283757338550000…0000%)")
        var yaml = Baseline.Replace("train_paths_per_day: 14", "train_paths_per_day: 1e-300", StringComparison.Ordinal);

        // When it is loaded
        var warnings = Load(yaml).Warnings.Where(w => w.Message.Contains("a year to its")).ToList();

        // Then the legs are named over capacity in a readable line
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.True(w.Message.Length < 300, w.Message));
        Assert.Contains(warnings, w => w.Message.Contains("which can serve less than 1 (over 10,000%)"));
    }

    [Theory]
    [InlineData("!!str &a :\n")]
    [InlineData("name: x\n\"\": 5\n")]
    [InlineData("ports:\n  - name: aktau\n    '': 5\n")]
    public void EmptyKey_AnywhereInTheFile_IsASyntaxErrorAtItsLine(string yaml)
    {
        // Given a key that is an empty string (found by RawTextFuzzTests: "unknown key ''" with an empty key path)
        // When it is loaded
        var error = Assert.Single(ScenarioLoader.LoadFromString(yaml, "raw.yaml").Errors);

        // Then it is refused as a key that is not a word, at its line
        Assert.Contains("a key must be a plain word, not an empty one", error.Message);
        Assert.True(error.Line >= 1);
    }
}
