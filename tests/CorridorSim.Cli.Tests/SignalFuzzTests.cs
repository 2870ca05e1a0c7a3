using CorridorSim.Cli.Tests.Given;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, new input kind for the fuzzing: Ctrl+C, SIGTERM or SIGHUP at a random moment of a run, from start-up
/// through loading, running and writing. Whenever it lands, the process ends with 0 (it had finished) or 128 + the
/// signal, never aborts or prints a stack trace, and leaves either the whole result folder or nothing at all.
/// </summary>
public sealed class SignalFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(60);
    private static readonly Dictionary<string, int> ExitCodeOf = new() { ["INT"] = 130, ["TERM"] = 143, ["HUP"] = 129 };

    [Fact]
    public void Run_SignalAtARandomMoment_EndsCleanlyWithTheWholeFolderOrNothing()
    {
        // Given fixed-seed draws of a signal and a moment (more, from a random seed, with CORRIDORSIM_FUZZ_CASES)
        var cases = Environment.GetEnvironmentVariable("CORRIDORSIM_FUZZ_CASES") is { Length: > 0 } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 6;
        var seed = cases == 6 ? 18_2026_0002UL : (ulong)Random.Shared.NextInt64();
        var draws = from signal in Gen.Elements("INT", "TERM", "HUP")
                    from milliseconds in Gen.Choose(0, 6000)
                    select (signal, milliseconds);
        var tried = new List<string>();

        // When each is sent to a run under way
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithReplay(seed, 0x9E3779B97F4A7C15),
            Prop.ForAll(Arb.From(draws), d => tried.Add(Judge(d.signal, d.milliseconds))));

        // Then (checked per case)
        output.WriteLine($"seed {seed}: {string.Join("; ", tried)}");
        Assert.Equal(cases, tried.Count);
    }

    private static string Judge(string signal, int milliseconds)
    {
        using var temp = new TempFolder();
        using var child = ChildCli.Start(temp.Path, "run", RepositoryPaths.Baseline, "--set", "horizon_days=40", "--set", "warmup_days=0",
            "--replications", "4", "--quiet", "--out", temp.Combine("x"));
        Thread.Sleep(milliseconds);
        if (!child.HasExited) child.Signal(signal);

        Assert.True(child.WaitForExit(ExitBound), $"SIG{signal} after {milliseconds} ms: no exit within {ExitBound.TotalSeconds} s\n{child.Output}");
        var outcome = $"SIG{signal} after {milliseconds} ms: exit {child.ExitCode}";
        Assert.True(child.ExitCode == 0 || child.ExitCode == ExitCodeOf[signal], $"{outcome}\n{child.Output}");
        Assert.DoesNotContain("   at ", child.Output);
        if (child.ExitCode == 0)
        {
            Assert.Equal(["x"], temp.Entries());
            Assert.Equal(ResultFiles.RunCsv.Order(StringComparer.Ordinal), ResultFiles.CsvIn(temp.Combine("x")));
        }
        else
        {
            Assert.Empty(temp.Entries());
        }

        return outcome;
    }
}
