using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Weather;

/// <summary>
/// Covers: storms and scheduled disruptions closing ports, sea services and lines.
/// Scenario: a January storm season so dense that its overlapping 10 h episodes close Aktau and the ferry
/// for the whole month (episodes start about every 4 minutes), and nothing in February.
/// </summary>
public class StormTests
{
    private static TinyCorridor StormyWestLine()
    {
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.HorizonDays = 60;
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Policy = DeparturePolicy.MaxWait, MaxWaitHours = 12 };
        double[] months = [10_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        corridor.Storms.Add(new StormSpec("january_gales", ["aktau", "aktau_alat"], months, TinyCorridor.Hours(10)));
        return corridor;
    }

    [Fact]
    public void Storm_ClosesAktau_HoldsWagonsUntilItEndsThenTheBacklogClears()
    {
        // Given trains reaching Aktau through January
        var harness = new Harness(StormyWestLine().Build());
        foreach (var hour in new[] { 0.0, 100, 200, 300, 400 })
        {
            harness.TrainAt(hour);
        }

        // When
        var result = harness.Execute();

        // Then nothing sails while the storm lasts (to about 730 + 10 h), and afterwards every wagon is delivered
        var departures = result.Departures("aktau_alat");
        Assert.NotEmpty(departures);
        Assert.All(departures, d => Assert.True(d >= 730, $"sailed at {d} h during the storm"));
        Assert.Equal(25 * 60, result.Facility("europe").ThroughputTonnes, 6);
        Assert.Empty(result.Ledger.InSystem);
        Assert.InRange(result.Facility("aktau").ClosureHours, 730, 760);
    }

    [Fact]
    public void Storm_Closure_ShowsInTheDailySnapshots()
    {
        // Given the same storm season and no cargo
        var result = new Harness(StormyWestLine().Build()).Execute();

        // Then Aktau is closed at the end of every January day and open through February
        var aktau = result.Timeseries.Where(p => p.Facility == "aktau").ToList();
        Assert.All(aktau.Where(p => p.Day < 30), p => Assert.True(p.Closed));
        Assert.All(aktau.Where(p => p.Day >= 32), p => Assert.False(p.Closed));
        Assert.Equal(60, aktau.Count);
    }

    [Fact]
    public void Disruption_ClosesARailLine_TrainsWaitForTheReopening()
    {
        // Given the line to Aktau closed on days 1 to 3
        var corridor = TinyCorridor.WestLine(ferryCapacity: 5);
        corridor.Disruptions.Add(new DisruptionSpec("track_works", "mine_aktau", 1, 2));
        var harness = new Harness(corridor.Build()).TrainAt(30);

        // When
        var result = harness.Execute();

        // Then the train formed at 30 h enters the line at 72 h
        Assert.All(result.StagesOf("rail", "mine_aktau"), s => Assert.Equal((30.0, 72.0, 82.0), (s.ArrivedHours, s.StartedHours, s.LeftHours)));
        Assert.Equal(48, result.Facility("mine_aktau").ClosureHours, 9);
        Assert.Equal(42, result.Facility("mine_aktau").MeanWaitHours, 9);
    }
}
