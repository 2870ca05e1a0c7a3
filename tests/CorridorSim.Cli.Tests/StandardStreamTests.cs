using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, item 5: a closed (<c>&gt;&amp;-</c>) or full (<c>&gt; /dev/full</c>) standard output never aborts the run
/// (it ended in SIGABRT, exit 134 and a stack trace) nor loses the result folder; the exit code stays the command's own.
/// </summary>
public sealed class StandardStreamTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(">&-")]
    [InlineData(">/dev/full")]
    public void Run_StandardOutputClosedOrFull_CompletesTheResultFolderAndExits0(string redirection)
    {
        // When a short run's standard output is closed or full
        using var child = ChildCli.StartWithStandardOutput(redirection, _temp.Path,
            ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", _temp.Combine("x")]);

        // Then it ends normally, with every result file in place and no abort or stack trace on standard error
        Assert.True(child.WaitForExit(Bound), $"no exit within {Bound.TotalSeconds} s:\n{child.Output}");
        Assert.True(child.ExitCode == 0, $"exit {child.ExitCode}\n{child.Output}");
        Assert.DoesNotContain("Unhandled exception", child.Output);
        Assert.Equal(["x"], _temp.Entries());
        Assert.Equal(ResultFiles.RunCsvWithoutConsignments.Order(StringComparer.Ordinal), ResultFiles.CsvIn(_temp.Combine("x")));
    }

    [Fact]
    public void Validate_StandardOutputClosed_StillExits2ForAnInvalidScenario()
    {
        var broken = _temp.Write("broken.yaml", ScenarioText.BaselineWith("    vessels: 9 ", "    vessels: -9 "));

        using var child = ChildCli.StartWithStandardOutput(">&-", _temp.Path, "validate", broken);

        Assert.True(child.WaitForExit(Bound), $"no exit within {Bound.TotalSeconds} s:\n{child.Output}");
        Assert.True(child.ExitCode == 2, $"exit {child.ExitCode}\n{child.Output}");
    }
}
