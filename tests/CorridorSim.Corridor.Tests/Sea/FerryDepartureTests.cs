using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Sea;

/// <summary>
/// Covers: the three departure policies of a sea service under the anchorage rule. Scenario: 5-wagon trains
/// reach Aktau 10 h after leaving the mine; one ferry waits at Aktau's anchorage; a full load takes 6 h at the
/// berth, of which 2 h is berthing, so half a load takes 2 + 4 × 0.5 = 4 h; the ferry sails to Alat in 20 h.
/// </summary>
public class FerryDepartureTests
{
    [Fact]
    public void Ferry_WhenFull_DepartsOnlyOnceTheSecondTrainFillsIt()
    {
        // Given a 10-wagon ferry and trains reaching Aktau at 10 h and 40 h
        var harness = new Harness(TinyCorridor.WestLine(ferryCapacity: 10).Build()).TrainAt(0).TrainAt(30);

        // When
        var result = harness.Execute();

        // Then it is not called for the first five wagons; called when the tenth arrives, it sails after 6 h
        Assert.Equal([46.0], result.Departures("aktau_alat"));
        Assert.Equal(1, result.Facility("aktau_alat").Sea!.DeparturesWestbound);
        Assert.Equal(1.0, result.Facility("aktau_alat").Sea!.LoadFactorWestbound, 9);
        Assert.Equal(600, result.Facility("europe").ThroughputTonnes, 6);
    }

    [Fact]
    public void Ferry_MaxWait_IsCalledMaxWaitAfterItsFirstAssignedUnitArrived()
    {
        // Given a ferry that waits at most 24 h after its first cargo, and one train reaching Aktau at 10 h
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Policy = DeparturePolicy.MaxWait, MaxWaitHours = 24 };
        var harness = new Harness(corridor.Build()).TrainAt(0);

        // When
        var result = harness.Execute();

        // Then the ferry is called at 10 + 24 h and sails, half full, after 4 h at the berth
        Assert.Equal([38.0], result.Departures("aktau_alat"));
        Assert.Equal(0.5, result.Facility("aktau_alat").Sea!.LoadFactorWestbound, 9);
    }

    [Fact]
    public void Ferry_Timetable_BerthsAtTheTimetabledHoursFullOrNot()
    {
        // Given departures at hours 50 and 100 of each week, and trains reaching Aktau at 10 h and 70 h
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Policy = DeparturePolicy.Timetable, TimetableHours = [100, 50] };
        var harness = new Harness(corridor.Build()).TrainAt(0).TrainAt(60);

        // When
        var result = harness.Execute();

        // Then the ferry is called at 50 and sails with the first train after 4 h; it leaves Alat empty, from
        // the anchorage, at 100 and, back at Aktau at 120, is called for the second train at the next free
        // slot, hour 50 of the second week
        Assert.Equal([54.0, 222.0], result.Departures("aktau_alat"));
        var sea = result.Facility("aktau_alat").Sea!;
        Assert.True(sea.DeparturesEastbound >= 1);
        Assert.Equal(0, sea.MeanLoadEastbound);
    }
}
