using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Saturation;

namespace CorridorSim.Experiments.Tests.Saturation;

/// <summary>
/// Saturation on the real model: one rail line of 4 train paths a day (2,400 t a day, 876,000 t a year), with
/// demand at half of that for the first half of the year and at one and a half times it from the start of
/// July (day 182.5): a known capacity crossed on a known day.
/// </summary>
public class SaturationOnTheModelTests
{
    private const double CapacityTonnesPerYear = 4 * 10 * 60 * 365.0;

    private static CorridorSpec Line(double[]? seasonality, double demandShare = 1, double railHours = 10)
    {
        var corridor = new TinyCorridor { HorizonDays = 365, WarmupDays = 30, Replications = 5, Name = "one_line" };
        corridor.Origins.Add(new OriginSpec("mine"));
        corridor.Destinations.Add(new DestinationSpec("europe"));
        corridor.RailLegs.Add(TinyCorridor.Rail("mine_europe", "mine", "europe", hours: railHours, pathsPerDay: 4));
        corridor.Flows.Add(TinyCorridor.Flow("ore", "mine", "europe", ["mine", "europe"], annualTonnes: CapacityTonnesPerYear * demandShare, unitsPerTrain: 10)
            with
        { MonthlySeasonality = seasonality });
        return corridor.Build();
    }

    private static readonly double[] StepInJuly = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5];

    private static double Mean(ExperimentResult result, string kpi) => result.Summary.Single(s => s.Kpi == kpi).Mean;

    [Fact]
    public void Run_DemandCrossesCapacityOnDay182_SaturationDayWithinAWeekOfIt()
    {
        // When the line whose demand steps over its capacity on day 182.5 runs five replications
        var result = new ExperimentRunner().Run(Line(StepInJuly), new ExperimentOptions(Threads: 1));

        // Then the saturation day is within ±7 days of 182.5, and the backlog grows significantly
        Assert.InRange(Mean(result, "saturation_day"), 182.5 - 7, 182.5 + 7);
        var growth = result.Summary.Single(s => s.Kpi == "backlog_growth_tonnes_per_year");
        Assert.True(growth.Ci95Low > KeepUpRule.BacklogGrowthLimit(Mean(result, "demand_tonnes_per_year")), $"growth {growth.Mean:N0} t/yr");
        Assert.True(Mean(result, "cohort_delivered_share") < KeepUpRule.CohortShareRequired);
    }

    [Fact]
    public void Run_StableLineWithALongTransit_KeepsUpAlthoughMuchIsOnItsWay()
    {
        // Given half the capacity all year, on a 20-day rail journey
        var result = new ExperimentRunner().Run(Line(null, demandShare: 0.5, railHours: 480), new ExperimentOptions(Threads: 1));

        // Then a twentieth of the window's demand is still on its way at the end...
        Assert.True(Mean(result, "delivered_share") < 0.96, $"delivered share {Mean(result, "delivered_share")}");

        // ...but nothing grows, the cohort that had time to arrive did, and there is no saturation day
        var growth = result.Summary.Single(s => s.Kpi == "backlog_growth_tonnes_per_year");
        Assert.True(growth.Ci95High < KeepUpRule.BacklogGrowthLimit(Mean(result, "demand_tonnes_per_year")), $"growth {growth.Mean:N0} t/yr");
        Assert.True(Mean(result, "cohort_delivered_share") >= KeepUpRule.CohortShareRequired);
        Assert.True(double.IsNaN(Mean(result, "saturation_day")));
    }
}
