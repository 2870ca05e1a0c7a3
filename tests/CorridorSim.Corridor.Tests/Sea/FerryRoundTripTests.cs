using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Sea;

/// <summary>Covers: round trips carrying the other direction's cargo, and breakdowns.</summary>
public class FerryRoundTripTests
{
    [Fact]
    public void Ferry_RoundTrip_CarriesEastboundCargoBack()
    {
        // Given one 5-wagon ferry, ore westbound and machinery eastbound waiting at Alat
        var corridor = TinyCorridor.WestLine(ferryCapacity: 5);
        corridor.Origins.Add(new OriginSpec("europe_shippers"));
        corridor.Destinations.Add(new DestinationSpec("kz_buyers"));
        corridor.RailLegs.Add(TinyCorridor.Rail("kz_aktau", "kz_buyers", "aktau"));
        corridor.RailLegs.Add(TinyCorridor.Rail("alat_shippers", "alat", "europe_shippers"));
        corridor.Flows.Add(TinyCorridor.Flow("machinery", "europe_shippers", "kz_buyers", ["europe_shippers", "alat", "aktau", "kz_buyers"], direction: Direction.Eastbound));
        var harness = new Harness(corridor.Build()).TrainAt(0).TrainAt(0, "machinery");

        // When
        var result = harness.Execute();

        // Then the ferry that took the ore west brings the machinery east, full, on its return: at Alat at 36 h
        // it unloads (6 h) and, the machinery filling it, loads in the same call without berthing again (4 h)
        var sea = result.Facility("aktau_alat").Sea!;
        Assert.Equal(1, sea.DeparturesWestbound);
        Assert.Equal(1, sea.DeparturesEastbound);
        Assert.Equal(5, sea.MeanLoadEastbound);
        Assert.Equal([16.0, 46.0], result.Departures("aktau_alat"));
        Assert.Equal(300, result.Facility("kz_buyers").ThroughputTonnes, 6);
    }

    [Fact]
    public void Ferry_Breakdown_IsOutOfServiceForItsRepairTime()
    {
        // Given a ferry that breaks down on its first crossing (mean time between failures of a microsecond)
        // and takes 48 h to repair
        var corridor = TinyCorridor.WestLine(ferryCapacity: 5);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Breakdowns = new BreakdownSpec(1e-6, TinyCorridor.Hours(48)) };
        var harness = new Harness(corridor.Build()).TrainAt(0);

        // When
        var result = harness.Execute();

        // Then it reaches Alat at 36 h, is repaired off the port until 84 h, and only then berths and unloads
        var unloading = result.StagesOf("unloading", "aktau_alat");
        Assert.All(unloading, s => Assert.Equal((36.0, 84.0, 90.0), (s.ArrivedHours, s.StartedHours, s.LeftHours)));
        Assert.Equal(48, result.Facility("aktau_alat").Sea!.VesselHoursOutOfService, 9);
    }

    [Fact]
    public void Ferry_MoreCargoThanOneSailing_SplitsOverSailingsInArrivalOrder()
    {
        // Given a 10-wagon ferry that waits at most 24 h for cargo, and three 5-wagon trains at once
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Policy = DeparturePolicy.MaxWait, MaxWaitHours = 24 };
        var harness = new Harness(corridor.Build()).TrainAt(0).TrainAt(0).TrainAt(0);

        // When
        var result = harness.Execute();

        // Then the first ten wagons sail first, 6 h after the second train entered Aktau (trains enter the
        // line one headway, 24 h / 1000 paths, apart); the last five wait for the ferry to come back
        var loading = result.StagesOf("loading", "aktau_alat").OrderBy(s => s.ConsignmentId).ToList();
        Assert.Equal(15, loading.Count);
        Assert.All(loading.Take(10), s => Assert.Equal(16.024, s.LeftHours, 9));
        // (it unloads at Alat by 16.024 + 20 + 6 = 42.024, sails back empty from the anchorage for them, and at
        // 62.024 is called at once, their max wait having passed, and sails after 2 + 4 × 0.5 = 4 h)
        Assert.All(loading.Skip(10), s => Assert.Equal(66.024, s.LeftHours, 9));
    }
}
