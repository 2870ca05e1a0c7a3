using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using static CorridorSim.Corridor.Tests.Support.BorderSteps;

namespace CorridorSim.Corridor.Tests.Borders;

/// <summary>
/// Covers: background (non-corridor) trains on a border's shared step capacities and a line's paths.
/// Scenario: Dostyk accepts one train at a time in 2 h; China–Kazakhstan bilateral trains arrive about
/// ten a day; twenty corridor trains come through over two months.
/// </summary>
public class BackgroundTrafficTests
{
    private static CorridorSpec Border(double backgroundTrainsPerDay)
    {
        var corridor = Line([Step("train_acceptance", 2, BorderStepKind.Physical)]);
        corridor.HorizonDays = 80;
        var spec = corridor.Build();
        return backgroundTrainsPerDay > 0
            ? spec with { Background = [new BackgroundFlowSpec("cn_kz_bilateral", "dostyk", Direction.Westbound, backgroundTrainsPerDay, 2300)] }
            : spec;
    }

    private static ReplicationResult Run(CorridorSpec spec)
    {
        var harness = new Harness(spec);
        for (var i = 0; i < 20; i++)
        {
            harness.TrainAt(24 + (i * 72));
        }

        return harness.Execute();
    }

    [Fact]
    public void Background_SaturatedBorder_DelaysCorridorTrains()
    {
        var quiet = Run(Border(0));
        var busy = Run(Border(10));

        Assert.Equal(0, quiet.Facility("dostyk").MeanWaitHours, 9);
        Assert.True(busy.Facility("dostyk").MeanWaitHours > 0.5, $"waited {busy.Facility("dostyk").MeanWaitHours} h");
        Assert.True(busy.Kpi("transit_days_mean") > quiet.Kpi("transit_days_mean"));
    }

    [Fact]
    public void Background_AppearsInNoCorridorKpi_IsReportedApartAndBalancesInTheLedger()
    {
        var quiet = Run(Border(0));
        var busy = Run(Border(10));

        // Then the corridor's tonnes are the same with and without the background trains
        foreach (var kpi in new[] { "demand_tonnes_per_year", "delivered_tonnes_per_year", "delivered_share", "delivered_tonnes_per_year:ore" })
        {
            Assert.Equal(quiet.Kpi(kpi), busy.Kpi(kpi), 9);
        }

        Assert.Equal(20 * 300, busy.Facility("dostyk").ThroughputTonnes, 9);
        Assert.Equal(20 * 5, busy.Facility("dostyk").UnitsServed);

        // and the background is reported apart: about 10 × 80 trains, and their tonnes in the ledger
        Assert.InRange(busy.Kpi("background_trains_per_year:cn_kz_bilateral"), 10 * 365 * 0.85, 10 * 365 * 1.15);
        Assert.True(busy.Ledger.GeneratedTonnes > 700 * 2300);
        Assert.DoesNotContain(quiet.Kpis, k => k.Name.StartsWith("background", StringComparison.Ordinal));
    }

    [Fact]
    public void Background_OnARailLeg_TakesPathsCorridorTrainsNeed()
    {
        // Given a line of 2 paths a day both ways, one taken by background trains about every day
        var corridor = Line([Step("train_acceptance", 2, BorderStepKind.Physical)]);
        corridor.HorizonDays = 80;
        corridor.RailLegs[1] = corridor.RailLegs[1] with { TrainPathsPerDay = 2 };
        var spec = corridor.Build();
        var busy = spec with { Background = [new BackgroundFlowSpec("georgian_domestic", "dostyk_second", Direction.Westbound, 1.5, 1400)] };

        var quietResult = Run(spec);
        var busyResult = Run(busy);

        Assert.True(busyResult.Facility("dostyk_second").MeanWaitHours > quietResult.Facility("dostyk_second").MeanWaitHours);
        Assert.True(busyResult.Facility("dostyk_second").Utilisation > quietResult.Facility("dostyk_second").Utilisation);
    }
}
