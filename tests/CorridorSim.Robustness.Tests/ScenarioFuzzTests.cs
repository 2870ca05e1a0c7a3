using CorridorSim.Robustness.Tests.Fuzzing;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// Issue 7's fuzzed scenario input: bundled scenarios with keys deleted, duplicated and retyped, numbers made
/// negative, zero, huge or not finite, lists emptied, references broken, names swapped, routes cut, the YAML
/// broken, the bytes made invalid, <c>extends</c> made circular and the file made too large. Each input must
/// load and run a short horizon with a balancing ledger, or be rejected with located errors; nothing throws.
/// </summary>
public sealed class ScenarioFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly FuzzWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void MutatedScenario_AnyEdit_LoadsAndRunsOrIsRejectedWithLocations()
    {
        // Given fixed-seed mutants of the bundled scenarios (or CORRIDORSIM_FUZZ_CASES of them from a random seed)
        var settings = FuzzSettings.For(normalCases: 1500, normalSeed: 7_2025_0001);

        // When each is loaded and, if it loads, run for 20–40 days
        try
        {
            Check.One(settings.Config, Prop.ForAll(FuzzCaseGen.Arbitrary, _workspace.Judge));
        }
        catch (Exception ex)
        {
            Assert.Fail($"{ex.Message}\n{settings.ReplayHint}");
        }

        // Then none broke a rule, and both outcomes were reached often enough for the search to mean something
        output.WriteLine(_workspace.Tally.ToString());
        var tally = _workspace.Tally;
        Assert.True(tally.LoadedAndRan >= tally.Total / 10, $"only {tally.LoadedAndRan} of {tally.Total} mutants loaded and ran");
        Assert.True(tally.Rejected >= tally.Total / 3, $"only {tally.Rejected} of {tally.Total} mutants were rejected");
    }
}
