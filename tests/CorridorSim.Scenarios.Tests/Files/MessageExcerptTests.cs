namespace CorridorSim.Scenarios.Tests.Files;

/// <summary>
/// Issue 18, item 1: no message quotes more than a short, escaped excerpt of a value, so a file that happens to parse
/// as YAML (a key file, <c>/etc/shadow</c>) is never printed line by line as "unknown key".
/// </summary>
public sealed class MessageExcerptTests
{
    [Fact]
    public void UnknownKey_AThousandCharactersLong_IsQuotedCutToAboutSixty()
    {
        // Given a key of 1,000 characters (YAML allows no longer plain key) where a known key belongs
        var key = "k" + new string('s', 999);
        var yaml = TinyScenario.With("horizon_days: 60", $"horizon_days: 60\n{key}: 1");

        // When it is loaded
        var error = Assert.Single(TinyScenario.Load(yaml).Errors);

        // Then the message names the key only by a short excerpt
        Assert.Contains("unknown key 'k" + new string('s', 59) + "…'", error.Message);
        // (the list of allowed keys is ours, not user text, and grows with the schema: it is not bounded here)
        Assert.DoesNotContain(new string('s', 60), error.ToString());
        Assert.True(error.BadValue!.Length <= 61, error.BadValue);
    }

    [Fact]
    public void QuotedValueWithALineBreak_IsShownEscaped()
    {
        // Given a name whose quoted value holds a line break that would forge a second message line
        var yaml = TinyScenario.With("name: tiny", "name: \"tiny\\nerror: forged\"");

        // When it is loaded
        var result = TinyScenario.Load(yaml);

        // Then no message holds a raw line break
        Assert.All(result.Errors.Concat(result.Warnings), d => Assert.DoesNotContain('\n', d.ToString()));
    }
}
