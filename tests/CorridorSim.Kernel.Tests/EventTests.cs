namespace CorridorSim.Kernel.Tests;

public class EventTests
{
    [Fact]
    public void Event_LifeCycle_PendingTriggeredProcessed()
    {
        var simulation = new Simulation();
        var e = simulation.Event();
        Assert.Equal(EventState.Pending, e.State);
        Assert.False(e.IsOk);

        e.Succeed("cargo");
        Assert.Equal(EventState.Triggered, e.State);
        Assert.True(e.IsTriggered);
        Assert.False(e.IsProcessed);

        simulation.Run();
        Assert.Equal(EventState.Processed, e.State);
        Assert.True(e.IsOk);
        Assert.Equal("cargo", e.Value);
    }

    [Fact]
    public void Succeed_AlreadyTriggered_Throws()
    {
        var simulation = new Simulation();
        var e = simulation.Event();
        e.Succeed();

        Assert.Throws<InvalidOperationException>(() => e.Succeed());
        Assert.Throws<InvalidOperationException>(() => e.Fail(new InvalidOperationException()));
        Assert.Throws<InvalidOperationException>(() => simulation.Timeout(1).Succeed());
    }

    [Fact]
    public void Callbacks_SeveralAdded_RunInOrderAdded()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var e = simulation.Timeout(1);
        e.AddCallback(_ => trace.Log("first"));
        e.AddCallback(_ => trace.Log("second"));
        e.AddCallback(_ => trace.Log("third"));

        simulation.Run();

        Assert.Equal("1:first 1:second 1:third", trace.ToString());
    }

    [Fact]
    public void Callbacks_FirstRemovedThenAnotherAdded_KeepsOrderAdded()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var e = simulation.Timeout(1);
        Action<Event> first = _ => trace.Log("first");
        e.AddCallback(first);
        e.AddCallback(_ => trace.Log("second"));
        Assert.True(e.RemoveCallback(first));
        e.AddCallback(_ => trace.Log("third"));

        simulation.Run();

        Assert.Equal("1:second 1:third", trace.ToString());
    }

    [Fact]
    public void AddCallback_ProcessedEvent_Throws()
    {
        var simulation = new Simulation();
        var e = simulation.Timeout(0);
        simulation.Run();

        Assert.Throws<InvalidOperationException>(() => e.AddCallback(_ => { }));
    }

    [Fact]
    public void Fail_NobodyWaits_IsNotAnError()
    {
        var simulation = new Simulation();
        var e = simulation.Event();
        e.Fail(new InvalidOperationException("derailment"));

        simulation.Run();

        Assert.True(e.IsProcessed);
        Assert.False(e.IsOk);
        Assert.IsType<InvalidOperationException>(e.Value);
    }

    [Fact]
    public void Succeed_WithPriority_OrdersAmongSameTimeEvents()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var normal = simulation.Event();
        var urgent = simulation.Event();
        normal.AddCallback(_ => trace.Log("normal"));
        urgent.AddCallback(_ => trace.Log("urgent"));

        normal.Succeed();
        urgent.Succeed(priority: new EventPriority(-1));
        simulation.Run();

        Assert.Equal("0:urgent 0:normal", trace.ToString());
    }
}
