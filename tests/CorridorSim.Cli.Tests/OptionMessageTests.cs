using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, item 10: each malformed option gets a message that names the option, the value and what is allowed —
/// not Spectre's "Failed to convert '-1' to Nullable`1" or "'__default_command'" — and user text is never markup.
/// </summary>
public sealed class OptionMessageTests
{
    [Theory]
    [InlineData("--seed", "-1", "--seed: '-1' is not allowed; expected a whole number from 0 to 18446744073709551615")]
    [InlineData("--seed", "18446744073709551616", "--seed: '18446744073709551616' is not allowed")]
    [InlineData("--threads", "abc", "--threads: 'abc' is not allowed; expected a whole number from 1 to 1024")]
    [InlineData("--replications", "1e3", "--replications: '1e3' is not allowed")]
    public void Run_WholeNumberOptionOutOfRange_Exits2NamingOptionAndRange(string option, string value, string expected)
    {
        var result = Corridorsim.Run("run", RepositoryPaths.Baseline, option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Output);
        Assert.DoesNotContain("Nullable", result.Output);
    }

    [Theory]
    [InlineData("--seed")]
    [InlineData("--set")]
    [InlineData("--out")]
    public void Run_OptionNeedingAValueGivenLast_Exits2SayingItNeedsOne(string option)
    {
        var result = Corridorsim.Run("run", RepositoryPaths.Baseline, option);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{option} needs a value", result.Output);
        Assert.DoesNotContain("__default_command", result.Output);
    }

    [Fact]
    public void Validate_EmojiShortcodeInAKey_IsPrintedAsWritten()
    {
        using var temp = new TempFolder();
        var scenario = temp.Write("x.yaml", ScenarioText.BaselineWith("horizon_days:", "\":fire:_key\": 1\nhorizon_days:"));

        var result = Corridorsim.Run("validate", scenario);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown key ':fire:_key'", result.Output);
        Assert.DoesNotContain("🔥", result.Output);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Bench_KernelScaleNotANumber_Exits2(string scale)
    {
        var result = Corridorsim.Run("bench", "--only", "kernel", "--kernel-scale", scale);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--kernel-scale must be in (0, 10]", result.Output);
        Assert.False(result.ShowsStackTrace, result.ToString());
    }
}
