namespace CorridorSim.Kernel.Tests;

public class ConditionTests
{
    [Fact]
    public void AllOf_TwoTimeouts_SucceedsWhenLastHappens()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var a = simulation.TimeoutWithValue(1, "a");
        var b = simulation.TimeoutWithValue(3, "b");
        simulation.AllOf(a, b).AddCallback(_ => trace.Log("all"));

        simulation.Run();

        Assert.Equal("3:all", trace.ToString());
    }

    [Fact]
    public void AnyOf_TwoTimeouts_SucceedsWhenFirstHappens()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var any = simulation.AnyOf(simulation.TimeoutWithValue(3, "slow"), simulation.TimeoutWithValue(1, "fast"));
        any.AddCallback(_ => trace.Log($"any:{string.Join(',', any.Results!.Values)}"));

        simulation.Run();

        Assert.Equal("1:any:fast", trace.ToString());
    }

    [Fact]
    public void Empty_AllOfAndAnyOf_SucceedAtOnceWithEmptyValue()
    {
        var simulation = new Simulation();
        var all = simulation.AllOf();
        var any = simulation.AnyOf(Array.Empty<Event>());
        Assert.True(all.IsTriggered);
        Assert.True(any.IsTriggered);

        simulation.Run();

        Assert.Equal(0, simulation.Now);
        Assert.Empty(all.Results!);
        Assert.Empty(any.Results!);
    }

    [Fact]
    public void Value_SimultaneousSubEvents_IncludedInSubEventOrder()
    {
        // Given AnyOf(c, a, b) where a and b happen at t=1 and c at t=2
        var simulation = new Simulation();
        var a = simulation.TimeoutWithValue(1, "a");
        var b = simulation.TimeoutWithValue(1, "b");
        var c = simulation.TimeoutWithValue(2, "c");
        var any = simulation.AnyOf(c, b, a);

        // When
        simulation.Run();

        // Then both events of t=1 are in the value (collected when processed), in sub-event order
        Assert.Equal(new object?[] { "b", "a" }, any.Results!.Values.ToArray());
        Assert.Equal(new Event[] { b, a }, any.Results.Keys.ToArray());
        Assert.Equal("a", any.Results[a]);
        Assert.False(any.Results.ContainsKey(c));
    }

    [Fact]
    public void Nested_OperatorChain_ValueIsFlattened()
    {
        // Given (a & b) | c
        var simulation = new Simulation();
        var a = simulation.TimeoutWithValue(1, "a");
        var b = simulation.TimeoutWithValue(2, "b");
        var c = simulation.TimeoutWithValue(5, "c");
        var condition = (a & b) | c;

        // When
        var value = (ConditionValue)simulation.Run(condition)!;

        // Then the value holds the leaf events, not the nested condition
        Assert.Equal(2, simulation.Now);
        Assert.Equal(new Event[] { a, b }, value.Keys.ToArray());
        Assert.IsType<AnyOf>(condition);
    }

    [Fact]
    public void Failure_SubEventFailsFirst_ConditionFailsWithItsException()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var breakdown = simulation.Event();
        var all = simulation.AllOf(simulation.Timeout(5), breakdown);
        IEnumerable<Event> Waiter()
        {
            yield return all;
            var self = simulation.ActiveProcess!;
            trace.Log(self.HandleFault() ? $"failed:{((Exception)self.FaultCause!).Message}" : "ok");
        }

        simulation.Process(Waiter());
        simulation.Timeout(1).AddCallback(_ => breakdown.Fail(new InvalidOperationException("loco")));

        simulation.Run();

        Assert.Equal("1:failed:loco", trace.ToString());
        Assert.False(all.IsOk);
    }

    [Fact]
    public void Failure_AfterAnyOfFired_DoesNotChangeOutcome()
    {
        var simulation = new Simulation();
        var late = simulation.Event();
        var any = simulation.AnyOf(simulation.Timeout(1), late);
        simulation.Timeout(2).AddCallback(_ => late.Fail(new InvalidOperationException()));

        simulation.Run();

        Assert.True(any.IsOk);
    }

    [Fact]
    public void SubEvents_AlreadyProcessed_CountImmediately()
    {
        var simulation = new Simulation();
        var done = simulation.TimeoutWithValue(1, "done");
        simulation.Run();

        var all = simulation.AllOf(done, simulation.TimeoutWithValue(1, "next"));
        simulation.Run();

        Assert.Equal(2, simulation.Now);
        Assert.Equal(2, all.Results!.Count);
    }

    [Fact]
    public void RenegePattern_RequestOrPatience_WaiterWithdrawsWhenPatienceRunsOut()
    {
        // Given a berth held until 5 and a ship with a patience of 2 (the renege idiom: wait for request | timeout, then Dispose)
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var berth = new Resource(simulation, 1);
        IEnumerable<Event> Holder()
        {
            using var request = berth.Request();
            yield return request;
            yield return simulation.Timeout(5);
        }

        IEnumerable<Event> Ship()
        {
            using var request = berth.Request();
            yield return request | simulation.Timeout(2);
            trace.Log(request.IsTriggered ? "berthed" : "reneged");
        }

        simulation.Process(Holder());
        simulation.Process(Ship());

        // When
        simulation.Run();

        // Then
        Assert.Equal("2:reneged", trace.ToString());
        Assert.Equal(0, berth.QueueLength);
        Assert.Equal(0, berth.InUse);
    }
}
