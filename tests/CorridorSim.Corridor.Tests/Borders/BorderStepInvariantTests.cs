using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;
using static CorridorSim.Corridor.Tests.Support.BorderSteps;

namespace CorridorSim.Corridor.Tests.Borders;

/// <summary>
/// Covers: border steps under load, with every regime effect, random step times, background trains and a
/// storm that closes the border. Scenario: two posts, 300 kt a year of trains for 200 days.
/// </summary>
public class BorderStepInvariantTests
{
    private static CorridorSpec Busy(string regime, ulong seed)
    {
        BorderStepSpec[] steps =
        [
            Step("train_acceptance", 2, BorderStepKind.Physical, capacity: 1) with { Hours = DistributionSpec.Triangular(1, 2, 4) },
            Step("customs_declaration", 8, effects: [RegimeEffect.PreArrival, RegimeEffect.SingleWindow, RegimeEffect.MutualRecognition]) with { Hours = DistributionSpec.Exponential(6) },
            Step("sanitary_control", 1, effects: RegimeEffect.SingleWindow) with { Probability = 0.5 },
            Step("physical_inspection", 4, BorderStepKind.Physical, capacity: 1, RegimeEffect.MutualRecognition) with { Probability = 0.2 },
            Step("locomotive_and_path", 12, BorderStepKind.Waiting, capacity: null) with { Hours = DistributionSpec.LogNormal(12, 10) },
        ];
        var corridor = Line(steps, regime, proceduralShare: 0.4);
        corridor.Seed = seed;
        corridor.HorizonDays = 200;
        corridor.WarmupDays = 10;
        corridor.Flows[0] = corridor.Flows[0] with { AnnualTonnes = 300_000 };
        corridor.Regimes.Add(new CustomsRegimeSpec("everything", TinyCorridor.Hours(1), 0, TinyCorridor.Hours(0), true, true) { SingleWindow = true });
        corridor.Storms.Add(new StormSpec("wind", ["dostyk"], Enumerable.Repeat(2.0, 12).ToArray(), DistributionSpec.Triangular(6, 12, 24)));
        return corridor.Build() with
        {
            Background = [new BackgroundFlowSpec("bilateral", "dostyk", Direction.Westbound, 4, 2300), new BackgroundFlowSpec("domestic", "dostyk_second", Direction.Westbound, 3, 1400)],
        };
    }

    [Theory]
    [InlineData("paper", 1UL)]
    [InlineData("pre_arrival", 2UL)]
    [InlineData("single_window", 3UL)]
    [InlineData("recognising", 4UL)]
    [InlineData("everything", 5UL)]
    public void BusyBorder_AnyRegime_ConservesCargoAndKeepsEveryStageInOrder(string regime, ulong seed)
    {
        // When (the harness checks the ledger, background trains included)
        var result = Harness.RunSpec(Busy(regime, seed), record: true);

        // Then every stage starts no earlier than it was reached and ends no earlier than it started
        Assert.NotEmpty(result.Stages!);
        Assert.All(result.Stages!, s => Assert.True(s.ArrivedHours <= s.StartedHours + 1e-9 && s.StartedHours <= s.LeftHours + 1e-9, $"{s.Stage} at {s.Facility}"));

        // and a train's steps at one border follow each other in the listed order (single-window steps may
        // overlap), for every train that got through (some are still at the border when the run ends)
        var dostyk = result.Stages!.Where(s => s.Facility == "dostyk").GroupBy(s => s.ConsignmentId)
            .Where(c => c.Any(s => s.Stage == "locomotive_and_path")).ToList();
        Assert.NotEmpty(dostyk);
        foreach (var consignment in dostyk)
        {
            var acceptance = consignment.Single(s => s.Stage == "train_acceptance");
            var onward = consignment.Single(s => s.Stage == "locomotive_and_path");
            Assert.All(consignment.Where(s => s != acceptance), s => Assert.True(s.ArrivedHours >= acceptance.LeftHours - 1e-9));
            Assert.All(consignment.Where(s => s != onward), s => Assert.True(s.LeftHours <= onward.ArrivedHours + 1e-9));
        }

        // and utilisation stays a share
        Assert.All(result.Facilities, f => Assert.InRange(f.Utilisation, 0, 1 + 1e-9));
        Assert.True(result.Kpi("background_trains_per_year:bilateral") > 0);
    }
}
