using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Ports;

/// <summary>
/// Covers: a full port yard holding trains back on the line. Scenario: Aktau's yard holds 10 wagons; one
/// 10-wagon ferry; three 10-wagon trains leave the mine an hour apart.
/// </summary>
public class YardTests
{
    private static TinyCorridor Corridor(double horizonDays)
    {
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.HorizonDays = horizonDays;
        corridor.Ports[0] = TinyCorridor.Port("aktau", yardWagons: 10);
        corridor.Flows[0] = corridor.Flows[0] with { UnitsPerTrain = 10 };
        return corridor;
    }

    [Fact]
    public void Yard_Full_HoldsTheNextTrainOnTheLineUpstream()
    {
        // Given the ferry has taken the first train and the second fills the yard
        var harness = new Harness(Corridor(horizonDays: 2).Build()).TrainAt(0).TrainAt(1).TrainAt(2);

        // When the run stops at 48 h, before the ferry is back
        var result = harness.Execute();

        // Then the third train is still held at Aktau's gate with its 600 t, and the yard holds the second
        Assert.Contains(result.Ledger.InSystem, e => e.Place == "trains:gate:aktau" && e.Tonnes == 600);
        Assert.Contains(result.Ledger.InSystem, e => e.Place == "queue:aktau_alat@aktau" && e.Tonnes == 600);
    }

    [Fact]
    public void Yard_Full_AdmitsTheHeldTrainWhenTheFerryClearsTheYard()
    {
        // Given the same three trains and time for the ferry to come back
        var harness = new Harness(Corridor(horizonDays: 20).Build()).TrainAt(0).TrainAt(1).TrainAt(2);

        // When
        var result = harness.Execute();

        // Then the ferry, unloaded at Alat by 42 h and sent back empty from the anchorage because a full load
        // waits at Aktau, is there again at 62 h: the second train's wagons board and the third train enters
        // the yard and sails next time
        var yard = result.StagesOf("yard", "aktau").OrderBy(s => s.ConsignmentId).ToList();
        Assert.All(yard.Skip(10).Take(10), s => Assert.Equal(62, s.LeftHours, 9));
        Assert.All(yard.Skip(20), s => Assert.Equal(12, s.ArrivedHours, 9));
        Assert.All(yard.Skip(20), s => Assert.True(s.LeftHours > 62 + 40));
        Assert.Equal(30 * 60, result.Facility("europe").ThroughputTonnes, 6);
    }
}
