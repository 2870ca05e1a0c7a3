using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// <c>corridorsim</c> as a separate process, stopped mid-run. Ctrl+C (SIGINT) ends it with exit code
/// 130 and leaves nothing behind; a hard kill can leave only a folder marked temporary, which the next run into
/// the same parent removes. Every wait is bounded, so a hang fails the test instead of blocking the suite.
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(30);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_SigInt_Exits130AndLeavesNothing()
    {
        // Given a long run under way in a child process, its temporary folder created
        using var child = StartLongRun();
        WaitForTemporaryFolder(child);

        // When it receives SIGINT
        child.Interrupt();

        // Then it exits 130 and leaves neither the result folder nor a temporary folder
        Assert.True(child.WaitForExit(ExitBound), $"no exit within {ExitBound.TotalSeconds} s of SIGINT:\n{child.Output}");
        Assert.True(child.ExitCode == 130, $"exit {child.ExitCode}\n{child.Output}");
        Assert.Empty(_temp.Entries());
        Assert.DoesNotContain("   at ", child.Output);
    }

    [Fact]
    public void Run_HardKill_LeavesOnlyATemporaryThatTheNextRunRemoves()
    {
        // Given a long run under way in a child process, killed outright
        using (var child = StartLongRun())
        {
            WaitForTemporaryFolder(child);
            child.KillHard();
            Assert.True(child.WaitForExit(ExitBound), "the killed process did not end");
        }

        // Then no result folder exists; only entries marked temporary may remain
        var left = _temp.Entries();
        Assert.DoesNotContain("x", left);
        Assert.All(left, entry => Assert.StartsWith(".tmp-", entry));
        Assert.NotEmpty(left);

        // When the next run writes into the same parent
        var next = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", _temp.Combine("x")]);

        // Then it succeeds and the stale temporary is gone
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(["x"], _temp.Entries());
        Assert.Equal(ResultFiles.RunCsvWithoutConsignments.Order(StringComparer.Ordinal), ResultFiles.CsvIn(_temp.Combine("x")));
    }

    [Fact]
    public void Run_InvalidScenarioInChildProcess_Exits2AndLeavesNothing()
    {
        // Given a scenario with a mistake
        var broken = _temp.Write("broken.yaml", ScenarioText.BaselineWith("    vessels: 9 ", "    vessels: -9 "));

        // When the command line runs it as a process of its own
        using var child = ChildCli.Start(_temp.Path, "run", broken, "--out", _temp.Combine("x"), "--quiet");

        // Then it exits 2 with the location, and the parent holds only the scenario
        Assert.True(child.WaitForExit(StartBound), $"no exit within {StartBound.TotalSeconds} s:\n{child.Output}");
        Assert.True(child.ExitCode == 2, $"exit {child.ExitCode}\n{child.Output}");
        Assert.Contains("sea_services.kuryk_alat_ferry.vessels", child.Output);
        Assert.Equal(["broken.yaml"], _temp.Entries());
    }

    private ChildCli StartLongRun() =>
        ChildCli.Start(_temp.Path, "run", RepositoryPaths.Baseline, "--out", _temp.Combine("x"), "--replications", "20", "--quiet");

    private void WaitForTemporaryFolder(ChildCli child)
    {
        var appeared = Poll.Until(() => child.HasExited || _temp.TemporaryEntries().Any(e => Directory.Exists(_temp.Combine(e))), StartBound);
        Assert.True(appeared, $"no temporary folder within {StartBound.TotalSeconds} s:\n{child.Output}");
        Assert.False(child.HasExited, $"the run ended (exit {(child.HasExited ? child.ExitCode : 0)}) before it could be stopped:\n{child.Output}");
    }
}
