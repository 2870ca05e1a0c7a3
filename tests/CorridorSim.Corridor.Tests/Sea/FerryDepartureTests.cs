using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Sea;

/// <summary>
/// Covers: the three departure policies of a sea service. Scenario: 5-wagon trains reach Aktau 10 h after
/// leaving the mine; one ferry waits at Aktau; loading takes 6 h; the ferry sails to Alat in 20 h.
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

        // Then it does not sail with the first five wagons; it sails 6 h after the tenth boards
        Assert.Equal([46.0], result.Departures("aktau_alat"));
        Assert.Equal(1, result.Facility("aktau_alat").Sea!.DeparturesWestbound);
        Assert.Equal(1.0, result.Facility("aktau_alat").Sea!.LoadFactorWestbound, 9);
        Assert.Equal(600, result.Facility("europe").ThroughputTonnes, 6);
    }

    [Fact]
    public void Ferry_MaxWait_DepartsMaxWaitAfterTheFirstCargoBoards()
    {
        // Given a ferry that waits at most 24 h after its first cargo, and one train reaching Aktau at 10 h
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Policy = DeparturePolicy.MaxWait, MaxWaitHours = 24 };
        var harness = new Harness(corridor.Build()).TrainAt(0);

        // When
        var result = harness.Execute();

        // Then the cargo closes at 10 + 24 h and the ferry sails after 6 h of loading, half full
        Assert.Equal([40.0], result.Departures("aktau_alat"));
        Assert.Equal(0.5, result.Facility("aktau_alat").Sea!.LoadFactorWestbound, 9);
    }

    [Fact]
    public void Ferry_Timetable_DepartsAtTheTimetabledHoursFullOrNot()
    {
        // Given departures at hours 50 and 100 of each week, and trains reaching Aktau at 10 h and 70 h
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.SeaServices[0] = corridor.SeaServices[0] with { Policy = DeparturePolicy.Timetable, TimetableHours = [100, 50] };
        var harness = new Harness(corridor.Build()).TrainAt(0).TrainAt(60);

        // When
        var result = harness.Execute();

        // Then the first train sails at 50; the ferry leaves Alat empty at 100 and, back at Aktau at 120,
        // takes the second train at the next free slot, hour 50 of the second week
        Assert.Equal([50.0, 218.0], result.Departures("aktau_alat"));
        var sea = result.Facility("aktau_alat").Sea!;
        Assert.True(sea.DeparturesEastbound >= 1);
        Assert.Equal(0, sea.MeanLoadEastbound);
    }
}
