using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Saturation;
using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests.Saturation;

public class SaturationDayTests
{
    private static readonly CorridorSpec Spec = TestSpecs.Empty("constructed") with { HorizonDays = 365, WarmupDays = 30 };

    /// <summary>A replication whose tonnes held are <paramref name="held"/> (day index to tonnes) at 1 Mt a year of demand.</summary>
    private static ReplicationResult Replication(int index, Func<int, double> held) =>
        FakeModel.Result(index, (ulong)index, [new KpiValue("demand_tonnes_per_year", "t/yr", 1_000_000)])
            with
        { DailyHeldTonnes = [.. Enumerable.Range(0, 365).Select(held)] };

    [Fact]
    public void Summarise_BacklogGrowingFromDay200InEveryReplication_IsDay200()
    {
        // Given five replications whose held tonnes grow 500 t a day (183 kt a year, 18% of demand) from about day 200
        var replications = Enumerable.Range(0, 5)
            .Select(r => Replication(r, d => 20_000 + (500.0 * Math.Max(0, d + 1 - (198 + r))) + (300 * Math.Sin((d + r) * 2.1))))
            .ToList();

        // When the experiment summarises them
        var day = SaturationDay.Summarise(Spec, replications);

        // Then the saturation day is the mean change point, with an interval around it
        Assert.Equal("saturation_day", day.Kpi);
        Assert.InRange(day.Mean, 197, 203);
        Assert.True(day.Ci95Low <= day.Mean && day.Mean <= day.Ci95High);
        Assert.Equal(5, day.Replications);
    }

    [Fact]
    public void Summarise_FlatBacklog_HasNoSaturationDay()
    {
        var replications = Enumerable.Range(0, 5).Select(r => Replication(r, d => 20_000 + (300 * Math.Sin((d + r) * 2.1)))).ToList();

        var day = SaturationDay.Summarise(Spec, replications);

        Assert.True(double.IsNaN(day.Mean));
    }

    [Fact]
    public void Summarise_GrowthBelowTheKeepUpTolerance_HasNoSaturationDay()
    {
        // Given growth from day 200 of 30 t a day: 11 kt a year, 1.1% of demand, under the 2% tolerance
        var replications = Enumerable.Range(0, 5).Select(r => Replication(r, d => 20_000 + (30.0 * Math.Max(0, d + 1 - 200)) + (10 * Math.Sin((d + r) * 2.1)))).ToList();

        Assert.True(double.IsNaN(SaturationDay.Summarise(Spec, replications).Mean));
    }

    [Fact]
    public void Summarise_GrowingAllWindow_IsTheEndOfTheWarmup()
    {
        var replications = Enumerable.Range(0, 5).Select(r => Replication(r, d => 20_000 + (500.0 * d) + (300 * Math.Sin((d + r) * 2.1)))).ToList();

        Assert.Equal(30, SaturationDay.Summarise(Spec, replications).Mean);
    }

    [Fact]
    public void Summarise_OneReplication_HasNoTestAndNoDay()
    {
        var replications = new[] { Replication(0, d => 20_000 + (500.0 * Math.Max(0, d - 200))) };

        Assert.True(double.IsNaN(SaturationDay.Summarise(Spec, replications).Mean));
    }
}
