using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Demand;

/// <summary>
/// Covers: arrivals drawn month by month from streams of their own, so one month's demand can change
/// without re-drawing the others. Scenario: the west line for a year with about 80 trains a month.
/// </summary>
public class DemandCommonRandomNumbersTests
{
    private const int March = 2;

    private static CorridorSpec Year(IReadOnlyList<double>? season = null, double? endTonnes = null)
    {
        var corridor = TinyCorridor.WestLine(ferryCapacity: 50);
        corridor.HorizonDays = 365;
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Vessels = 6 };
        corridor.Flows[0] = corridor.Flows[0] with { AnnualTonnes = 300_000, AnnualTonnesEnd = endTonnes, MonthlySeasonality = season };
        return corridor.Build();
    }

    private static List<double> TrainArrivals(CorridorSpec spec) =>
        [.. Harness.RunSpec(spec, record: true).Consignments!.Select(c => c.CreatedHours).Distinct().Order()];

    private static int MonthOf(double hours) => (int)(hours / 730);

    [Fact]
    public void Demand_OneMonthsFactorChanged_EveryOtherMonthsArrivalsAreIdentical()
    {
        // Given a flat year, and the same year with March 10 % busier
        double[] busierMarch = [1, 1, 1.1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        var flat = TrainArrivals(Year());
        var changed = TrainArrivals(Year(busierMarch));

        // Then every arrival outside March is at the same hour, and March differs
        Assert.Equal(flat.Where(h => MonthOf(h) != March), changed.Where(h => MonthOf(h) != March));
        Assert.NotEqual(flat.Where(h => MonthOf(h) == March), changed.Where(h => MonthOf(h) == March));
    }

    [Fact]
    public void Demand_HigherRampEnd_MovesEachMonthsArrivalsEarlierWithoutRedrawingThem()
    {
        // Given the same year ramping to 300 kt and to 450 kt
        var low = TrainArrivals(Year(endTonnes: 300_000));
        var high = TrainArrivals(Year(endTonnes: 450_000));

        // Then, month by month, the i-th arrival of the higher ramp is never later than the i-th of the lower
        // one (the same random points mapped through a larger cumulative rate), and there are more of them
        for (var month = 0; month < 12; month++)
        {
            var lowMonth = low.Where(h => MonthOf(h) == month).ToList();
            var highMonth = high.Where(h => MonthOf(h) == month).ToList();
            Assert.True(highMonth.Count >= lowMonth.Count, $"month {month}");
            for (var i = 0; i < lowMonth.Count; i++)
            {
                Assert.True(highMonth[i] <= lowMonth[i] + 1e-9, $"month {month}, arrival {i}");
            }
        }

        Assert.True(high.Count > low.Count);
    }
}
