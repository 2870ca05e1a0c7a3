using CorridorSim.Corridor.Tests.Support;

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
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10, policy: Spec.DeparturePolicy.MaxWait);
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
}
