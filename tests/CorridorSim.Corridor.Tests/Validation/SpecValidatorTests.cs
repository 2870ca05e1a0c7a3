using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Corridor.Validation;
using CorridorSim.Testing;
using CorridorSim.Testing.Builders;

namespace CorridorSim.Corridor.Tests.Validation;

public class SpecValidatorTests
{
    private static IReadOnlyList<SpecProblem> Problems(TinyCorridor corridor) => SpecValidator.Validate(corridor.Build());

    [Fact]
    public void Validate_ReferenceCorridor_HasNoProblems()
    {
        Assert.Empty(SpecValidator.Validate(ReferenceCorridor.Build()));
    }

    [Fact]
    public void Validate_UnknownFacilityInRoute_NamesTheListPositionAndSuggests()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Flows[0] = corridor.Flows[0] with { Routes = [new RouteSpec("main", ["mine", "aktua", "alat", "europe"], 1)] };

        var problem = Assert.Single(Problems(corridor));

        Assert.Equal("flows.ore.routes.main.via[1]", problem.Path);
        Assert.Contains("no facility is named 'aktua'", problem.Message);
        Assert.Contains("(did you mean 'aktau'?)", problem.Message);
    }

    [Fact]
    public void Validate_ConsecutiveFacilitiesNotJoined_ReportsTheSecondOfThePair()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Flows[0] = corridor.Flows[0] with { Routes = [new RouteSpec("main", ["mine", "alat", "europe"], 1)] };

        var problem = Assert.Single(Problems(corridor));

        Assert.Equal("flows.ore.routes.main.via[1]", problem.Path);
        Assert.Contains("no way for a wagon from 'mine' to 'alat': nothing joins them", problem.Message);
    }

    [Fact]
    public void Validate_ContainersOnARailFerry_IsNotJoined()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Flows[0] = corridor.Flows[0] with { Unit = CargoUnit.Container, TeuPerUnit = 2 };

        var problem = Assert.Single(Problems(corridor));

        Assert.Equal("flows.ore.routes.main.via[2]", problem.Path);
    }

    [Fact]
    public void Validate_SharesNotSummingToOne_IsAProblem()
    {
        var corridor = TinyCorridor.WestLine();
        var route = corridor.Flows[0].Routes[0];
        corridor.Flows[0] = corridor.Flows[0] with { Routes = [route with { Share = 0.5 }, route with { Name = "again", Share = 0.4 }] };

        var problem = Assert.Single(Problems(corridor));

        Assert.Equal("flows.ore.routes", problem.Path);
        Assert.Contains("sum to 0.9", problem.Message);
    }

    [Fact]
    public void Validate_FlowNamedAll_IsAProblem_TheTablesNameTheWholeCorridorSo()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Flows[0] = corridor.Flows[0] with { Name = "all" };

        var problem = Assert.Single(Problems(corridor), p => p.Path == "flows.all");
        Assert.False(problem.IsWarning);
        Assert.Contains("whole corridor", problem.Message);
        Assert.Equal("all", problem.BadValue);
    }

    [Fact]
    public void Validate_FlowWithoutRoute_IsAProblem()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Flows[0] = corridor.Flows[0] with { Routes = [] };

        Assert.Contains(Problems(corridor), p => p.Path == "flows.ore.routes" && p.Message.Contains("at least one route"));
    }

    [Fact]
    public void Validate_CapacitiesNotPositive_AreProblems()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Vessels = 0, CapacityWagons = 0 };
        corridor.RailLegs[0] = corridor.RailLegs[0] with { TrainPathsPerDay = 0 };

        var paths = Problems(corridor).Select(p => p.Path).ToList();

        Assert.Contains("sea_services.aktau_alat.vessels", paths);
        Assert.Contains("sea_services.aktau_alat.capacity_wagons", paths);
        Assert.Contains("rail_legs.mine_aktau.train_paths_per_day", paths);
    }

    [Fact]
    public void Validate_ImpossibleDistributions_AreProblems()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.RailLegs[0] = corridor.RailLegs[0] with { TravelHours = DistributionSpec.Triangular(10, 20, 15) };
        corridor.RailLegs[1] = corridor.RailLegs[1] with { TravelHours = DistributionSpec.Exponential(-3) };
        corridor.SeaServices[0] = corridor.SeaServices[0] with { SailingHours = new DistributionSpec { Kind = DistributionKind.LogNormal, Sd = 4 } };

        var problems = Problems(corridor);

        Assert.Contains(problems, p => p.Path == "rail_legs.mine_aktau.travel_hours" && p.Message.Contains("min ≤ mode ≤ max"));
        Assert.Contains(problems, p => p.Path == "rail_legs.alat_europe.travel_hours.mean");
        Assert.Contains(problems, p => p.Path == "sea_services.aktau_alat.sailing_hours.mean" && p.Message.Contains("required"));
    }

    [Fact]
    public void Validate_NoBerthForTheServiceClass_PointsAtThePort()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Ports[1] = corridor.Ports[1].WithBerths(BerthKind.Ferry, 0);

        var problem = Assert.Single(Problems(corridor));

        Assert.Equal("ports.alat.ferry_berths", problem.Path);
    }

    [Fact]
    public void Validate_DuplicateNamesAndUnknownClosures_AreProblems()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Destinations.Add(new DestinationSpec("aktau"));
        corridor.Disruptions.Add(new DisruptionSpec("works", "mine_aktua", 1, 2));
        corridor.Storms.Add(new StormSpec("gales", ["mine"], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], TinyCorridor.Hours(10)));

        var paths = Problems(corridor).Select(p => p.Path).ToList();

        Assert.Contains("ports.aktau", paths);
        Assert.Contains("disruptions.works.closes", paths);
        Assert.Contains("storms.gales.closes[0]", paths);
        Assert.Contains("storms.gales.episodes_per_month", paths);
    }

    [Fact]
    public void Validate_SeasonalityNotAveragingOne_IsAProblem()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.Flows[0] = corridor.Flows[0] with { MonthlySeasonality = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] };

        var problem = Assert.Single(Problems(corridor));

        Assert.Equal("flows.ore.monthly_seasonality", problem.Path);
    }

    [Fact]
    public void Validate_UnusedLoadTimesAndInspectionTimesLeftOut_RunsAnyway()
    {
        // Given a loader that leaves out what a port or regime does not use (no tanker berths, no inspections)
        var corridor = TinyCorridor.WestLine();
        corridor.Ports[0] = corridor.Ports[0].WithoutBerths(BerthKind.Tanker);
        corridor.Regimes.Add(new CustomsRegimeSpec("paper", TinyCorridor.Hours(8), 0, null!, false, false));
        corridor.Ports[1] = corridor.Ports[1] with { Customs = new CustomsPostSpec("paper", 1, 0) };

        // Then it is valid and runs
        Assert.Empty(Problems(corridor));
        new Harness(corridor.Build()).TrainAt(0).TrainAt(0).Execute();
    }

    [Fact]
    public void RunReplication_InvalidSpec_ThrowsWithEveryProblem()
    {
        var corridor = TinyCorridor.WestLine();
        corridor.RailLegs[0] = corridor.RailLegs[0] with { TrainPathsPerDay = -1 };

        var error = Assert.Throws<ArgumentException>(() => CorridorModel.RunReplication(corridor.Build(), 0, new RunOptions()));

        Assert.Contains("rail_legs.mine_aktau.train_paths_per_day", error.Message);
    }
}
