using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// Runs the fuzzed-scenario property over mutants of some bundled scenarios: every case loads and runs or is
/// rejected with located errors (<see cref="ScenarioOracle"/>), and both outcomes are reached often enough for
/// the search to mean something.
/// </summary>
internal static class FuzzProperty
{
    public static void Run(string[] scenarios, int normalCases, ulong normalSeed, ITestOutputHelper output)
    {
        var settings = FuzzSettings.For(normalCases, normalSeed);
        using var workspace = new FuzzWorkspace();
        try
        {
            Check.One(settings.Config, Prop.ForAll(FuzzCaseGen.Arbitrary(scenarios), workspace.Judge));
        }
        catch (Exception ex)
        {
            Assert.Fail($"{ex.Message}\n{settings.ReplayHint}");
        }

        var tally = workspace.Tally;
        output.WriteLine($"{settings.ReplayHint}\n{tally}");
        Assert.Equal(settings.Cases, tally.Total);
        Assert.True(tally.LoadedAndRan >= tally.Total / 10, $"only {tally.LoadedAndRan} of {tally.Total} mutants loaded and ran");
        Assert.True(tally.Rejected >= tally.Total / 3, $"only {tally.Rejected} of {tally.Total} mutants were rejected");
    }
}
