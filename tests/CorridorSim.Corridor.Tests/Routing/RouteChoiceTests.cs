using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Routing;

/// <summary>
/// Covers: route choice policies. Scenario: ore from the mine can cross from Aktau or from Kuryk to Alat;
/// a second flow, "grain", always goes through Aktau, whose ferry is out of action for the whole run.
/// </summary>
public class RouteChoiceTests
{
    private static TinyCorridor TwoPorts(RoutingPolicy routing)
    {
        var corridor = TinyCorridor.WestLine(ferryCapacity: 5);
        corridor.Origins.Add(new OriginSpec("farm"));
        corridor.Ports.Add(TinyCorridor.Port("kuryk"));
        corridor.RailLegs.Add(TinyCorridor.Rail("mine_kuryk", "mine", "kuryk", hours: 12));
        corridor.RailLegs.Add(TinyCorridor.Rail("farm_aktau", "farm", "aktau"));
        corridor.SeaServices.Add(TinyCorridor.Ferry("kuryk_alat", "kuryk", "alat", capacity: 5));
        corridor.Disruptions.Add(new DisruptionSpec("aktau_ferry_in_dock", "aktau_alat", 0, 1000));
        corridor.Flows[0] = corridor.Flows[0] with
        {
            Routing = routing,
            Routes =
            [
                new RouteSpec("via_aktau", ["mine", "aktau", "alat", "europe"], 0.5),
                new RouteSpec("via_kuryk", ["mine", "kuryk", "alat", "europe"], 0.5),
            ],
        };
        corridor.Flows.Add(TinyCorridor.Flow("grain", "farm", "europe", ["farm", "aktau", "alat", "europe"]));
        return corridor;
    }

    private static string RouteOf(Corridor.Results.ReplicationResult result, string flow) =>
        result.Consignments!.Where(c => c.Flow == flow).Select(c => c.Route).Distinct().Single();

    [Fact]
    public void LeastCongested_AktauQueued_PicksKuryk()
    {
        // Given two grain trains waiting at Aktau before the ore train sets off
        var harness = new Harness(TwoPorts(RoutingPolicy.LeastCongested).Build()).TrainAt(0, "grain").TrainAt(1, "grain").TrainAt(20);

        // When
        var result = harness.Execute();

        // Then the ore goes the less congested way, through Kuryk
        Assert.Equal("via_kuryk", RouteOf(result, "ore"));
        Assert.Equal(300, result.Facility("kuryk").ThroughputTonnes, 9);
    }

    [Fact]
    public void LeastCongested_BothPortsEmpty_PicksTheFirstListedRoute()
    {
        var result = new Harness(TwoPorts(RoutingPolicy.LeastCongested).Build()).TrainAt(0).Execute();

        Assert.Equal("via_aktau", RouteOf(result, "ore"));
    }

    [Fact]
    public void LeastCongested_TrainsAlreadyHeadingToAktau_CountAsItsWork()
    {
        // Given a grain train that has left for Aktau but not arrived yet
        var result = new Harness(TwoPorts(RoutingPolicy.LeastCongested).Build()).TrainAt(0, "grain").TrainAt(1).Execute();

        Assert.Equal("via_kuryk", RouteOf(result, "ore"));
    }

    [Fact]
    public void LeastCongested_OilQueuedAtAktau_DoesNotCountAgainstTheWagons()
    {
        // Given oil parcels waiting at Aktau for a tanker that is in dock, and no wagons waiting at either port
        var corridor = TwoPorts(RoutingPolicy.LeastCongested);
        corridor.Disruptions.Clear();
        corridor.Origins.Add(new OriginSpec("oilfield"));
        corridor.Destinations.Add(new DestinationSpec("pipeline"));
        corridor.Ports.Add(TinyCorridor.Port("sangachal"));
        corridor.RailLegs.Add(TinyCorridor.Rail("oilfield_aktau", "oilfield", "aktau"));
        corridor.RailLegs.Add(TinyCorridor.Rail("sangachal_pipeline", "sangachal", "pipeline"));
        corridor.SeaServices.Add(new SeaServiceSpec("aktau_sangachal", "aktau", "sangachal", VesselClass.Tanker, 1, 0, 0, 0, 10_000,
            TinyCorridor.Hours(20), DeparturePolicy.WhenFull, 0, [], null));
        corridor.Disruptions.Add(new DisruptionSpec("tanker_in_dock", "aktau_sangachal", 0, 1000));
        var oil = TinyCorridor.Flow("oil", "oilfield", "pipeline", ["oilfield", "aktau", "sangachal", "pipeline"], unitsPerTrain: 1, tonnesPerUnit: 2500);
        corridor.Flows.Add(oil with { Unit = CargoUnit.OilParcel });

        // When the ore train sets off after two parcels have reached Aktau
        var result = new Harness(corridor.Build()).TrainAt(0, "oil").TrainAt(1, "oil").TrainAt(20).Execute();

        // Then the ore compares only its own ferries' queues, both empty, and takes the first listed route
        Assert.Equal("via_aktau", RouteOf(result, "ore"));
    }

    [Fact]
    public void ShortestExpectedTime_PicksTheFasterRoute()
    {
        // Given Aktau's line takes 10 h and Kuryk's 12 h, everything else equal
        var result = new Harness(TwoPorts(RoutingPolicy.ShortestExpectedTime).Build()).TrainAt(0).Execute();

        Assert.Equal("via_aktau", RouteOf(result, "ore"));
    }

    [Fact]
    public void FixedShares_ManyTrains_SplitByTheShares()
    {
        // Given a 30/70 split and a year of demand
        var corridor = TwoPorts(RoutingPolicy.FixedShares);
        corridor.HorizonDays = 365;
        corridor.Disruptions.Clear();
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Vessels = 4, CapacityWagons = 50 };
        corridor.SeaServices[1] = corridor.SeaServices[1] with { Vessels = 4, CapacityWagons = 50 };
        corridor.Flows[0] = corridor.Flows[0] with
        {
            AnnualTonnes = 600_000,
            Routes = [corridor.Flows[0].Routes[0] with { Share = 0.3 }, corridor.Flows[0].Routes[1] with { Share = 0.7 }],
        };

        // When
        var result = Harness.RunSpec(corridor.Build(), record: true);

        // Then about 30 % of the ore trains went through Aktau (2,000 trains: ±3 standard deviations ≈ ±3 %)
        var ore = result.Consignments!.Where(c => c.Flow == "ore").ToList();
        var share = ore.Count(c => c.Route == "via_aktau") / (double)ore.Count;
        Assert.InRange(share, 0.27, 0.33);
    }
}
