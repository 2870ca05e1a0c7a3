using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Tests.Support;

namespace CorridorSim.Corridor.Tests.Model;

/// <summary>
/// Covers: the run lends trains, their lists of consignments and consignments again once they are done with.
/// Scenario: the reference corridor, with objects handed back and lent by hand, and whole replications with
/// the reuse (no consignment records) against replications without it (records kept).
/// </summary>
public sealed class CorridorRunPoolsTests
{
    [Fact]
    public void RentUnits_ATrucksListReturned_IsLentToATruckNotToATrain()
    {
        // Given a truck's list of one handed back
        var run = new CorridorRun(ReferenceCorridor.Build(horizonDays: 60, warmupDays: 0), 0, new RunOptions());
        var truck = run.RentUnits(1);
        run.ReturnUnits(truck);

        // When a train of sixty and then a truck ask for a list
        var train = run.RentUnits(60);
        var nextTruck = run.RentUnits(1);

        // Then the train gets room for its units at once, and the truck's list goes to the truck
        Assert.NotSame(truck, train);
        Assert.True(train.Capacity >= 60);
        Assert.Same(truck, nextTruck);
        Assert.Empty(nextTruck);
    }

    [Fact]
    public void NewConsignment_AfterOneIsRetired_RenewsItWithANewIdAndNothingOfItsPast()
    {
        // Given a delivered consignment that had waited, left its wagon and been recognised
        var run = new CorridorRun(ReferenceCorridor.Build(horizonDays: 60, warmupDays: 0), 0, new RunOptions());
        var flow = run.Flows[0];
        var old = run.NewConsignment(flow, 5, inWindow: true, routes: 1);
        old.Since = 7;
        old.WaitedHours = 3;
        old.LeftItsWagon = true;
        old.Recognised = true;
        old.DeliveredHours = 40;
        run.Retire([old]);

        // When the run creates the next consignment
        var renewed = run.NewConsignment(flow, 50, inWindow: false, routes: 3);

        // Then it is the same object as a new consignment
        Assert.Same(old, renewed);
        Assert.Equal(1, renewed.Id);
        Assert.Equal(50, renewed.CreatedHours);
        Assert.False(renewed.InWindow);
        Assert.Equal(3, renewed.Routes);
        Assert.Equal(0, renewed.Since);
        Assert.Equal(0, renewed.WaitedHours);
        Assert.False(renewed.LeftItsWagon);
        Assert.False(renewed.Recognised);
        Assert.Null(renewed.YardWait);
        Assert.True(double.IsNaN(renewed.DeliveredHours));
    }

    [Fact]
    public void Retire_ConsignmentsKeptForTheirRecords_AreNotRenewed()
    {
        // Given a run that keeps every consignment for consignments.csv
        var run = new CorridorRun(ReferenceCorridor.Build(horizonDays: 60, warmupDays: 0), 0, new RunOptions(RecordConsignments: true));
        var kept = run.NewConsignment(run.Flows[0], 5, inWindow: true, routes: 1);

        // When it is retired and another is created
        run.Retire([kept]);
        var next = run.NewConsignment(run.Flows[0], 6, inWindow: true, routes: 1);

        // Then the record's object stays as it was
        Assert.NotSame(kept, next);
        Assert.Equal(0, kept.Id);
    }

    [Fact]
    public void RunReplication_ObjectsReusedOrNot_GiveIdenticalResults()
    {
        // Given the reference corridor at twice its demand, so that queues, gates and empties are busy
        var spec = ReferenceCorridor.Build(totalTonnes: 9e6, horizonDays: 120, warmupDays: 10);

        // When it runs without consignment records (consignments are renewed) and with them (they are not)
        var reused = Harness.RunSpec(spec, replication: 1, record: false);
        var kept = Harness.RunSpec(spec, replication: 1, record: true);

        // Then the two replications are the same in every figure and every event
        Assert.Equal(kept.Kpis, reused.Kpis);
        Assert.Equal(kept.Facilities, reused.Facilities);
        Assert.Equal(kept.Timeseries, reused.Timeseries);
        Assert.Equal(kept.Months, reused.Months);
        Assert.Equal(kept.TransitDays, reused.TransitDays);
        Assert.Equal(kept.Ledger.InSystem, reused.Ledger.InSystem);
        Assert.Equal(kept.EventsProcessed, reused.EventsProcessed);
    }
}
