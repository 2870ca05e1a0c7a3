using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Cargo;

/// <summary>
/// Covers: cargo circulation. Scenario: ten 5-wagon trains of ore from the mine to Europe over the
/// Aktau–Alat ferry; 60% of the wagons, once unloaded in Europe, return empty to the mine by the reverse
/// of their route, on the same rail legs and ferry.
/// </summary>
public class EmptyReturnTests
{
    private static Harness TenTrains(double share)
    {
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10, policy: DeparturePolicy.MaxWait);
        corridor.HorizonDays = 60;
        corridor.SeaServices[0] = corridor.SeaServices[0] with { MaxWaitHours = 24 };
        corridor.Flows[0] = corridor.Flows[0] with { EmptyReturnShare = share };
        var harness = new Harness(corridor.Build());
        for (var i = 0; i < 10; i++)
        {
            harness.TrainAt(i * 12);
        }

        return harness;
    }

    [Fact]
    public void Empties_ReturnShare_SendsThatShareOfTheWagonsBackToTheirOrigin()
    {
        // Given
        var harness = TenTrains(share: 0.6);

        // When
        var result = harness.Execute();

        // Then 30 of the 50 wagons come back empty, eastbound on the ferry, and are home by the end
        var units = result.Ledger.Units!;
        Assert.Equal(50, units.LoadedDelivered);
        Assert.Equal(30, units.EmptiesSent);
        Assert.Equal(30, units.EmptiesReturned);
        Assert.True(result.Ledger.Balances);
        var sea = result.Facility("aktau_alat").Sea!;
        Assert.Equal((50L, 0L, 0L, 30L), (sea.LoadedUnitsWestbound, sea.LoadedUnitsEastbound, sea.EmptyUnitsWestbound, sea.EmptyUnitsEastbound));
    }

    [Fact]
    public void Empties_CarryNoTonnes_AndCountInNoTonneKpi()
    {
        // Given the same trains with and without empties
        // When
        var with = TenTrains(share: 0.6).Execute();
        var without = TenTrains(share: 0).Execute();

        // Then the tonnes generated and delivered are the same, and no stage or consignment record is an empty's
        Assert.Equal(without.Ledger.GeneratedTonnes, with.Ledger.GeneratedTonnes, 9);
        Assert.Equal(3000, with.Ledger.DeliveredTonnes, 9);
        Assert.Equal(50, with.Consignments!.Count);
        Assert.All(with.Stages!, s => Assert.Contains(with.Consignments!, c => c.Id == s.ConsignmentId));
        Assert.Equal(0, without.Ledger.Units!.EmptiesSent);
    }

    [Fact]
    public void WagonPool_OneTrainOfWagons_HoldsTheNextTrainUntilTheEmptiesAreBack()
    {
        // Given a pool of five wagons, all returning empty, and two 5-wagon trains at 0 h and 1 h
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10, policy: DeparturePolicy.MaxWait);
        corridor.HorizonDays = 20;
        corridor.SeaServices[0] = corridor.SeaServices[0] with { MaxWaitHours = 24 };
        corridor.Flows[0] = corridor.Flows[0] with { EmptyReturnShare = 1, WagonPool = 5 };

        // When
        var result = new Harness(corridor.Build()).TrainAt(0).TrainAt(1).Execute();

        // Then the first train's wagons are unloaded in Europe at 72 h (ferry called at 34 h after its 24 h
        // wait, 4 h at the berth, 20 h at sea, 4 h unloading, 10 h by rail) and come back the same way: Alat
        // at 82 h, called at 106 h, sailing at 110 h, unloaded at Aktau at 134 h, at the mine at 144 h —
        // when the second train, formed at 1 h, may leave
        var second = result.StagesOf("train_formation", "mine").Where(s => s.ConsignmentId >= 5).ToList();
        Assert.Equal(5, second.Count);
        Assert.All(second, s => Assert.Equal((1.0, 144.0), (s.ArrivedHours, Math.Round(s.LeftHours, 9))));
    }

    [Fact]
    public void Empties_LongSteadyRun_ReturnedBalanceTheLoadedWagonsTimesTheShare()
    {
        // Given the reference corridor for a year with half of every flow's wagons and containers returning empty
        var spec = ReferenceCorridor.Build(horizonDays: 365, warmupDays: 30);
        spec = spec with { Flows = [.. spec.Flows.Select(f => f with { EmptyReturnShare = f.Unit is CargoUnit.Wagon or CargoUnit.Container ? 0.5 : 0 })] };

        // When
        var result = Harness.RunSpec(spec, record: true);

        // Then half the wagons and containers delivered were sent back (to within one per flow), the empties
        // home again are those less the few still on their way back (a return trip of a couple of weeks in a
        // year: within 8%), and the units balance
        var units = result.Ledger.Units!;
        var delivered = result.Consignments!.Count(c => c.DeliveredHours is not null && c.Unit is CargoUnit.Wagon or CargoUnit.Container);
        Assert.InRange(units.EmptiesSent, (0.5 * delivered) - spec.Flows.Count, 0.5 * delivered);
        Assert.InRange(units.EmptiesReturned, 0.92 * units.EmptiesSent, units.EmptiesSent);
        Assert.True(units.Balances, units.ToString());
    }

    [Fact]
    public void Transshipment_WagonCargoBoardsTheVessel_TheWagonReturnsFromThePort()
    {
        // Given a sea service on which the wagons' cargo leaves the wagons at Aktau, all wagons returning empty
        var corridor = TinyCorridor.WestLine(ferryCapacity: 5);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { TransshipsWagons = true };
        corridor.Flows[0] = corridor.Flows[0] with { EmptyReturnShare = 1 };

        // When one 5-wagon train reaches Aktau at 10 h
        var result = new Harness(corridor.Build()).TrainAt(0).Execute();

        // Then its cargo sails and is delivered under its own consignments, and the five wagons go back from
        // Aktau to the mine by rail at once, none of them on the ferry and none from Europe
        var units = result.Ledger.Units!;
        Assert.Equal((5L, 5L, 5L), (units.LoadedDelivered, units.EmptiesSent, units.EmptiesReturned));
        var sea = result.Facility("aktau_alat").Sea!;
        Assert.Equal((5L, 0L, 0L), (sea.LoadedUnitsWestbound, sea.EmptyUnitsWestbound, sea.EmptyUnitsEastbound));
        Assert.Equal(5, result.StagesOf("delivery", "europe").Select(s => s.ConsignmentId).Distinct().Count());
        Assert.Equal(5 + 5, result.Facility("mine").UnitsServed); // five loaded dispatched, five empties back
    }
}
