namespace CorridorSim.Kernel.Tests;

public class ContainerTests
{
    [Fact]
    public void Get_LevelSufficient_SucceedsAndLowersLevel()
    {
        var simulation = new Simulation();
        var silo = new Container(simulation, capacity: 100, initial: 40);

        var get = silo.Get(15);
        simulation.Run();

        Assert.True(get.IsOk);
        Assert.Equal(25, silo.Level);
        Assert.Equal(15.0, get.Value);
    }

    [Fact]
    public void Queues_HeadOfLineBlocking_SmallGetWaitsBehindLargeOne()
    {
        // Given level 5 of 10, a get of 8 and then a get of 2
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var silo = new Container(simulation, capacity: 10, initial: 5);
        silo.Get(8).AddCallback(_ => trace.Log("got8"));
        silo.Get(2).AddCallback(_ => trace.Log("got2"));
        Assert.Equal(2, silo.GetQueueLength);

        // When 4 arrive at t=1
        simulation.Timeout(1).AddCallback(_ => silo.Put(4).AddCallback(_ => trace.Log("put4")));
        simulation.Run();

        // Then the put was processed, the get of 8 served, and the get of 2 still blocked at level 1
        Assert.Equal("1:put4 1:got8", trace.ToString());
        Assert.Equal(1, silo.Level);
        Assert.Equal(1, silo.GetQueueLength);
    }

    [Fact]
    public void Put_NoRoom_WaitsUntilGetProcessed()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var tank = new Container(simulation, capacity: 10, initial: 8);
        tank.Put(5).AddCallback(_ => trace.Log($"put5:{tank.Level}"));
        simulation.Timeout(2).AddCallback(_ => tank.Get(4).AddCallback(_ => trace.Log($"got4:{tank.Level}")));

        simulation.Run();

        Assert.Equal("2:got4:9 2:put5:9", trace.ToString());
    }

    [Fact]
    public void Dispose_WaitingHeadGet_UnblocksGetsBehind()
    {
        var simulation = new Simulation();
        var silo = new Container(simulation, capacity: 10, initial: 5);
        var large = silo.Get(8);
        var small = silo.Get(2);

        large.Dispose();
        simulation.Run();

        Assert.False(large.IsTriggered);
        Assert.True(small.IsOk);
        Assert.Equal(3, silo.Level);
    }

    [Fact]
    public void Dispose_WaitingPut_WithdrawsOffer()
    {
        var simulation = new Simulation();
        var tank = new Container(simulation, capacity: 10, initial: 10);
        var put = tank.Put(3);

        put.Dispose();
        tank.Get(5);
        simulation.Run();

        Assert.False(put.IsTriggered);
        Assert.Equal(5, tank.Level);
        Assert.Equal(0, tank.PutQueueLength);
    }

    [Fact]
    public void Amount_NotPositiveOrAboveCapacity_Throws()
    {
        var simulation = new Simulation();
        var tank = new Container(simulation, capacity: 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => tank.Put(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tank.Get(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tank.Put(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Container(simulation, capacity: 10, initial: 11));
    }

    [Fact]
    public void LevelMonitor_PutsAndGets_TimeAverageIsExact()
    {
        var simulation = new Simulation();
        var tank = new Container(simulation, capacity: 100, initial: 10);
        simulation.Timeout(2).AddCallback(_ => tank.Put(30));
        simulation.Timeout(6).AddCallback(_ => tank.Get(40));

        simulation.Run(until: 10);

        // 10 for 2 h, 40 for 4 h, 0 for 4 h
        Assert.Equal((20 + 160) / 10.0, tank.LevelMonitor.Mean, 12);
        Assert.Equal(40, tank.LevelMonitor.Max);
    }
}
