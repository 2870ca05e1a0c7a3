using CorridorSim.Corridor;
using CorridorSim.Corridor.Validation;
using CorridorSim.Robustness.Tests.Fuzzing;
using CorridorSim.Robustness.Tests.Invariants;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// The model's invariants as properties: for random small corridors (fleets, capacities, storms, demand,
/// seeds, one to three flows either way over one or two routes) a short run conserves cargo, keeps every
/// consignment in one place at a time, never runs time backwards and keeps every statistic in its range.
/// </summary>
public class ModelInvariantTests(ITestOutputHelper output)
{
    [Fact]
    public void SmallCorridor_AnyFleetDemandAndWeather_KeepsEveryInvariant()
    {
        // Given fixed-seed random small corridors (CORRIDORSIM_FUZZ_CASES of them from a random seed in the long mode)
        var settings = FuzzSettings.For(normalCases: 300, normalSeed: 7_2025_0003);
        int runs = 0, delivering = 0, saturated = 0, closed = 0;

        // When each runs for 20–30 days with every stage recorded
        // Then every invariant holds
        try
        {
            Check.One(settings.Config, Prop.ForAll(SmallCorridorGen.Arbitrary, corridor =>
            {
                var spec = corridor.Build();
                var problems = SpecValidator.Validate(spec);
                if (problems.Count > 0) throw new InvariantBroken("the generated corridor is not valid: " + string.Join("; ", problems));
                var result = CorridorModel.RunReplication(spec, 0, new RunOptions(RecordConsignments: true));
                ModelInvariants.Check(spec, result);
                Interlocked.Increment(ref runs);
                if (result.Ledger.DeliveredTonnes > 0) Interlocked.Increment(ref delivering);
                if (result.Facilities.Any(f => f.Utilisation > 0.9)) Interlocked.Increment(ref saturated);
                if (result.Facilities.Any(f => f.ClosureHours > 0)) Interlocked.Increment(ref closed);
            }));
        }
        catch (Exception ex)
        {
            Assert.Fail($"{ex.Message}\n{settings.ReplayHint}");
        }

        // And the corridors ranged from idle to saturated, with weather, so the invariants were tested under load
        output.WriteLine($"{settings.ReplayHint}\n{runs} runs: {delivering} delivered cargo, {saturated} had a facility over 90% busy, {closed} had closures");
        Assert.Equal(settings.Cases, runs);
        Assert.True(delivering >= runs / 2, $"only {delivering} of {runs} corridors delivered anything");
        Assert.True(saturated >= runs / 10, $"only {saturated} of {runs} corridors had a facility over 90% busy");
        Assert.True(closed >= runs / 10, $"only {closed} of {runs} corridors had a closure");
    }
}
