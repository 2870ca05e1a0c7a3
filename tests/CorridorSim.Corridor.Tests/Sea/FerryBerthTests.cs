using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Sea;

/// <summary>
/// Covers: berths are for handling. Scenario: Aktau has one linkspan; two 10-wagon ferries sail only when
/// full, one starting at Aktau and one at Alat; five wagons of ore reach Aktau at 10 h and ten wagons of
/// machinery wait at Alat for the east; a full load takes 6 h at the berth, 2 h of it berthing.
/// </summary>
public class FerryBerthTests
{
    private static TinyCorridor TwoFerries()
    {
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Vessels = 2 };
        corridor.Origins.Add(new OriginSpec("europe_shippers"));
        corridor.Destinations.Add(new DestinationSpec("kz_buyers"));
        corridor.RailLegs.Add(TinyCorridor.Rail("kz_aktau", "kz_buyers", "aktau"));
        corridor.RailLegs.Add(TinyCorridor.Rail("alat_shippers", "alat", "europe_shippers"));
        corridor.Flows.Add(TinyCorridor.Flow("machinery", "europe_shippers", "kz_buyers", ["europe_shippers", "alat", "aktau", "kz_buyers"], direction: Direction.Eastbound));
        return corridor;
    }

    [Fact]
    public void Ferry_WaitingForCargo_LeavesTheBerthFreeForAFerryThatUnloads()
    {
        // Given the ferry at Aktau has five wagons assigned, not enough to be called, and the other ferry
        // brings the machinery from Alat
        var harness = new Harness(TwoFerries().Build()).TrainAt(0).TrainAt(0, "machinery").TrainAt(0, "machinery");

        // When
        var result = harness.Execute();

        // Then the machinery ferry, called full at Alat when the second train is in (10.024 h: trains enter the
        // line one headway, 24 h / 1000 paths, apart) and sailing 6 h later, berths at Aktau on arrival at
        // 36.024 h — the waiting ferry is at the anchorage, not on the linkspan — and unloads in 6 h
        var unloading = result.StagesOf("unloading", "aktau_alat");
        Assert.Equal(10, unloading.Count);
        Assert.All(unloading, s => Assert.Equal((36.024, 36.024, 42.024), (Math.Round(s.ArrivedHours, 9), Math.Round(s.StartedHours, 9), Math.Round(s.LeftHours, 9))));

        // And the ore, never enough to fill a ferry, is still in Aktau's yard, waiting for a vessel, not a berth
        Assert.Contains(result.Ledger.InSystem, e => e.Place == "queue:aktau_alat@aktau" && e.Tonnes == 300);
        var sea = result.Facility("aktau_alat").Sea!;
        Assert.True(sea.VesselHoursWaitingForCargo > 20 * 24, $"{sea.VesselHoursWaitingForCargo} vessel-hours waiting for cargo");
        Assert.Equal(0, sea.VesselHoursWaitingForBerth, 9);
    }

    [Fact]
    public void Ferry_PartLoad_TakesLessBerthTimeThanAFullLoad()
    {
        // Given a ferry called for five wagons (half a load) after a 24 h wait, and one called for ten
        var half = TinyCorridor.WestLine(ferryCapacity: 10, policy: DeparturePolicy.MaxWait);
        half.SeaServices[0] = half.SeaServices[0] with { MaxWaitHours = 24 };
        var full = TinyCorridor.WestLine(ferryCapacity: 10);

        // When
        var halfLoad = new Harness(half.Build()).TrainAt(0).Execute().StagesOf("loading", "aktau_alat");
        var fullLoad = new Harness(full.Build()).TrainAt(0).TrainAt(0).Execute().StagesOf("loading", "aktau_alat");

        // Then the half load holds the berth 2 h berthing + 4 h × 0.5, the full load 2 h + 4 h
        Assert.All(halfLoad, s => Assert.Equal(4.0, s.LeftHours - s.StartedHours, 9));
        Assert.All(fullLoad, s => Assert.Equal(6.0, s.LeftHours - s.StartedHours, 9));
    }
}
