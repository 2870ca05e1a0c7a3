using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Weather;

/// <summary>
/// Covers: storm episodes drawn month by month from streams of their own (common random numbers), and
/// regional storms that close their places together beside local storms that close one place.
/// Scenario: a year on the west line with about four storm episodes a month, no cargo.
/// </summary>
public class StormCommonRandomNumbersTests
{
    private const int November = 10;

    private static CorridorSpec Stormy(double novemberEpisodes, int startMonth = 1)
    {
        var corridor = TinyCorridor.WestLine();
        corridor.HorizonDays = 365;
        var months = Enumerable.Repeat(4.0, 12).ToArray();
        months[November] = novemberEpisodes;
        corridor.Storms.Add(new StormSpec("gales", ["aktau"], months, TinyCorridor.Hours(12)));
        return corridor.Build() with { StartMonth = startMonth };
    }

    private static bool[] ClosedDays(ReplicationResult result, string facility) =>
        [.. result.Timeseries.Where(p => p.Facility == facility).OrderBy(p => p.Day).Select(p => p.Closed)];

    [Fact]
    public void Storms_OneMonthsRateChanged_EveryOtherMonthsClosuresAreIdentical()
    {
        // Given the same year twice, November's storms tripled in the second
        var baseline = ClosedDays(Harness.RunSpec(Stormy(4)), "aktau");
        var stormyNovember = ClosedDays(Harness.RunSpec(Stormy(12)), "aktau");

        // Then every day before November (day 304) and from the second day of December (an episode may run
        // past the month's end) is closed or open alike, and November itself differs
        var novemberStart = (int)(November * 730 / 24.0);
        var decemberSecondDay = (int)Math.Ceiling((November + 1) * 730 / 24.0) + 1;
        Assert.Equal(baseline[..novemberStart], stormyNovember[..novemberStart]);
        Assert.Equal(baseline[decemberSecondDay..], stormyNovember[decemberSecondDay..]);
        Assert.True(stormyNovember[novemberStart..decemberSecondDay].Count(c => c) > baseline[novemberStart..decemberSecondDay].Count(c => c));
    }

    [Fact]
    public void Storms_StartMonth_ShiftsTheSeasonToTheCalendar()
    {
        // Given a storm only in November, and a year that starts in September
        var corridor = TinyCorridor.WestLine();
        corridor.HorizonDays = 365;
        var months = new double[12];
        months[November] = 30;
        corridor.Storms.Add(new StormSpec("gales", ["aktau"], months, TinyCorridor.Hours(12)));
        var result = Harness.RunSpec(corridor.Build() with { StartMonth = 9 });

        // Then the closures fall in the run's third month (days 60.8 to 91.25) and nowhere else
        var closed = ClosedDays(result, "aktau").Select((c, day) => (c, day)).Where(x => x.c).Select(x => x.day).ToList();
        Assert.NotEmpty(closed);
        Assert.All(closed, day => Assert.InRange(day, 60, 92));
        Assert.Equal(9, result.Months[0].CalendarMonth);
        Assert.Equal(11, result.Months[2].CalendarMonth);
    }

    [Fact]
    public void Storms_RegionalAndLocal_RegionalClosesItsPlacesTogetherLocalOnlyItsOwn()
    {
        // Given a regional storm closing both ports and a local one closing only Alat
        var corridor = TinyCorridor.WestLine();
        corridor.HorizonDays = 365;
        var months = Enumerable.Repeat(3.0, 12).ToArray();
        corridor.Storms.Add(new StormSpec("caspian", ["aktau", "alat"], months, TinyCorridor.Hours(36)));
        corridor.Storms.Add(new StormSpec("absheron_wind", ["alat"], months, TinyCorridor.Hours(36)));

        // When
        var result = Harness.RunSpec(corridor.Build());
        var aktau = ClosedDays(result, "aktau");
        var alat = ClosedDays(result, "alat");

        // Then whenever Aktau is closed so is Alat (the regional storm), and Alat is also closed on its own
        Assert.Contains(true, aktau);
        Assert.All(Enumerable.Range(0, aktau.Length).Where(d => aktau[d]), d => Assert.True(alat[d], $"day {d}"));
        Assert.Contains(Enumerable.Range(0, alat.Length), d => alat[d] && !aktau[d]);
        Assert.True(result.Facility("alat").ClosureHours > result.Facility("aktau").ClosureHours);
        Assert.Equal(0, result.Facility("aktau_alat").ClosureHours);
    }

    [Fact]
    public void Storms_ClosingABorder_TrainsWaitThereForTheReopening()
    {
        // Given a border closed by wind the whole of January (episodes every few minutes, as at Dostyk, row 6.4)
        var corridor = BorderSteps.Line([BorderSteps.Step("acceptance", 2, BorderStepKind.Physical)]);
        corridor.HorizonDays = 60;
        double[] months = [10_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        corridor.Storms.Add(new StormSpec("dostyk_wind", ["dostyk"], months, TinyCorridor.Hours(10)));
        var harness = new Harness(corridor.Build()).TrainAt(100);

        // When
        var result = harness.Execute();

        // Then the train waits at the border until the storms end (about 730 h + 10 h) and then crosses
        var acceptance = result.StagesOf("acceptance", "dostyk");
        Assert.All(acceptance, s => Assert.InRange(s.StartedHours, 730, 760));
        Assert.Equal(300, result.Facility("europe").ThroughputTonnes, 6);
    }
}
