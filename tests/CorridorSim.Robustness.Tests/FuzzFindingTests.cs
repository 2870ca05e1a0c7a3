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
        var yaml = ReplaceFirst(Baseline, "      gauge_change:\n", "      gauge_change\u00a0:\n");

        // When it is loaded
        var error = Assert.Single(Load(yaml).Errors);

        // Then the message says what cannot be seen, not just "unknown key 'gauge_change '"
        Assert.Contains("unknown key", error.Message);
        Assert.Contains("U+00A0", error.Message);
        Assert.Contains("did you mean 'gauge_change'", error.Message);
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
}
