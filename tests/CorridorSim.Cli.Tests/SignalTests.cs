using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, item 8: SIGTERM (what <c>timeout</c>, <c>docker stop</c>, Slurm and CI cancellation send) and SIGHUP are
/// handled like Ctrl+C — nothing left behind, exit 143 and 129 — also while a large scenario is still loading.
/// </summary>
public sealed class SignalTests : IDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(30);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    public void Run_SignalMidRun_ExitsWithItsCodeAndLeavesNothing(string signal, int exitCode)
    {
        // Given a long run under way in a child process, its temporary folder created
        using var child = ChildCli.Start(_temp.Path, "run", RepositoryPaths.Baseline, "--out", _temp.Combine("x"), "--replications", "20", "--quiet");
        var started = Poll.Until(() => child.HasExited || _temp.TemporaryEntries().Any(e => Directory.Exists(_temp.Combine(e))), StartBound);
        Assert.True(started && !child.HasExited, $"the run did not get under way:\n{child.Output}");

        // When it receives the signal
        child.Signal(signal);

        // Then it exits with 128 + the signal's number, says so, and leaves neither folder nor temporary nor lock
        Assert.True(child.WaitForExit(ExitBound), $"no exit within {ExitBound.TotalSeconds} s of SIG{signal}:\n{child.Output}");
        Assert.True(child.ExitCode == exitCode, $"exit {child.ExitCode}\n{child.Output}");
        Assert.Contains($"(SIG{signal}): nothing was written", child.Output);
        Assert.Empty(_temp.Entries());
    }

    [Fact]
    public void Validate_SigTermWhileALargeFileLoads_StopsWithoutWaitingForTheLoad()
    {
        // Given a valid scenario of about 9 MB (hundreds of thousands of unused origins) that takes seconds to load
        var large = _temp.Write("large.yaml", ScenarioText.BaselineWithUnusedOrigins(480_000));
        using var child = ChildCli.Start(_temp.Path, "validate", large);

        // When SIGTERM arrives while it loads
        Thread.Sleep(TimeSpan.FromSeconds(2));
        Assert.False(child.HasExited, $"the load ended before it could be stopped:\n{child.Output}");
        child.Signal("TERM");

        // Then it stops with 143 instead of finishing the load
        Assert.True(child.WaitForExit(ExitBound), $"no exit within {ExitBound.TotalSeconds} s of SIGTERM:\n{child.Output}");
        Assert.True(child.ExitCode == 143, $"exit {child.ExitCode}\n{child.Output}");
        Assert.DoesNotContain("ok ", child.Output);
    }
}
