using CorridorSim.Corridor.Demand;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Demand;

public class DemandProfileTests
{
    private static FlowSpec Flow(double start, double? end = null, IReadOnlyList<double>? months = null) =>
        TinyCorridor.Flow("ore", "mine", "europe", ["mine", "europe"], annualTonnes: start, unitsPerTrain: 50) with
        {
            AnnualTonnesEnd = end,
            MonthlySeasonality = months,
        };

    [Fact]
    public void TrainsPerHour_FlatDemand_IsAnnualTonnesOverTonnesPerTrain()
    {
        var profile = new DemandProfile(Flow(876_000), horizonHours: 8760);

        // 876,000 t ÷ (60 t × 50 wagons) = 292 trains a year = 1/30 per hour
        Assert.Equal(1.0 / 30, profile.TrainsPerHour(1000), 12);
        Assert.Equal(1.0 / 30, profile.PeakTrainsPerHour, 12);
    }

    [Fact]
    public void AnnualTonnesAt_Ramp_GrowsLinearlyOverTheHorizon()
    {
        var profile = new DemandProfile(Flow(4_500_000, 10_000_000), horizonHours: 1000);

        Assert.Equal(4_500_000, profile.AnnualTonnesAt(0), 6);
        Assert.Equal(7_250_000, profile.AnnualTonnesAt(500), 6);
        Assert.Equal(10_000_000, profile.AnnualTonnesAt(1000), 6);
    }

    [Fact]
    public void TrainsPerHour_Seasonality_ScalesEachMonthByItsFactor()
    {
        double[] months = [2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        // The factors are used as given (they average 1, as the validator requires)
        var profile = new DemandProfile(Flow(876_000, months: months), horizonHours: 8760);

        Assert.Equal(2.0 / 30, profile.TrainsPerHour(100), 12);
        Assert.Equal(0, profile.TrainsPerHour(800), 12);
        Assert.Equal(1.0 / 30, profile.TrainsPerHour(1500), 12);
        Assert.Equal(2.0 / 30, profile.PeakTrainsPerHour, 12);
        Assert.Equal(1, DemandProfile.MonthOfYear(800));
        Assert.Equal(0, DemandProfile.MonthOfYear(8760 + 1));
    }

    [Fact]
    public void Demand_OneYear_GeneratesTheAnnualTonnesWithinPoissonNoise()
    {
        // Given 2 Mt a year in 3,000 t trains (667 trains, a standard deviation of about 4 %)
        var corridor = TinyCorridor.WestLine(ferryCapacity: 50);
        corridor.HorizonDays = 365;
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Vessels = 8 };
        corridor.Flows[0] = corridor.Flows[0] with { AnnualTonnes = 2_000_000, UnitsPerTrain = 50 };

        // When
        var result = Harness.RunSpec(corridor.Build());

        // Then
        Assert.InRange(result.Kpi("demand_tonnes_per_year"), 1_760_000, 2_240_000);
        Assert.InRange(result.Kpi("delivered_share"), 0.95, 1.0);
    }
}

public class DemandProfileMonthTests
{
    [Fact]
    public void HourOfTrain_Ramp_InvertsTheMonthsCumulativeRate()
    {
        // Given 300 t trains ramping from 0 to 2,628,000 t a year over a 1,460-hour horizon
        var flow = TinyCorridor.Flow("ore", "mine", "europe", ["mine", "europe"], annualTonnes: 0, unitsPerTrain: 5) with { AnnualTonnesEnd = 2_628_000 };
        var profile = new DemandProfile(flow, horizonHours: 1460);

        // Then the rate grows from 0 to 1 train an hour at 1,460 h: month 0 expects 730²/2/1460 = 182.5 trains,
        // and the 50th arrives where x²/(2 × 1460) = 50
        Assert.Equal(182.5, profile.TrainsInMonth(0), 9);
        Assert.Equal(Math.Sqrt(100 * 1460), profile.HourOfTrain(0, 50)!.Value, 9);
        Assert.Null(profile.HourOfTrain(0, 183));
        Assert.Equal(547.5, profile.TrainsInMonth(1), 9);
    }
}
