namespace CorridorSim.Kernel.Tests;

public class StoreTests
{
    [Fact]
    public void PutAndGet_SameInstant_AlternateAsEventsAreProcessed()
    {
        // Given a producer of three items and a consumer of three, both starting at t=0, capacity 1
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var yard = new Store<int>(simulation, capacity: 1);
        IEnumerable<Event> Producer()
        {
            for (var i = 1; i <= 3; i++)
            {
                yield return yard.Put(i);
                trace.Log($"put{i}");
            }
        }

        IEnumerable<Event> Consumer()
        {
            for (var i = 0; i < 3; i++)
            {
                var get = yard.Get();
                yield return get;
                trace.Log($"got{get.Item}");
            }
        }

        simulation.Process(Producer());
        simulation.Process(Consumer());

        // When
        simulation.Run();

        // Then
        Assert.Equal("0:put1 0:got1 0:put2 0:got2 0:put3 0:got3", trace.ToString());
    }

    [Fact]
    public void Put_StoreFull_WaitsUntilGetProcessed()
    {
        // Given capacity 2, a producer of four items and a consumer that starts at t=5
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var yard = new Store<int>(simulation, capacity: 2);
        IEnumerable<Event> Producer()
        {
            for (var i = 1; i <= 4; i++)
            {
                yield return yard.Put(i);
                trace.Log($"put{i}");
            }
        }

        IEnumerable<Event> Consumer()
        {
            yield return simulation.Timeout(5);
            for (var i = 0; i < 4; i++)
            {
                var get = yard.Get();
                yield return get;
                trace.Log($"got{get.Value}");
            }
        }

        simulation.Process(Producer());
        simulation.Process(Consumer());

        // When
        simulation.Run();

        // Then processing a get re-runs the put queue, processing a put re-runs the get queue
        Assert.Equal("0:put1 0:put2 5:got1 5:put3 5:got2 5:put4 5:got3 5:got4", trace.ToString());
    }

    [Fact]
    public void Items_FifoOrder_LeaveInInsertionOrder()
    {
        var simulation = new Simulation();
        var yard = new Store<string>(simulation);
        yard.Put("w1");
        yard.Put("w2");
        yard.Put("w3");
        Assert.Equal(new[] { "w1", "w2", "w3" }, yard.Items.ToArray());

        var gets = new[] { yard.Get(), yard.Get(), yard.Get() };
        simulation.Run();

        Assert.Equal(new[] { "w1", "w2", "w3" }, gets.Select(g => g.Item).ToArray());
        Assert.Equal(0, yard.Count);
    }

    [Fact]
    public void Dispose_WaitingPut_WithdrawsOffer()
    {
        var simulation = new Simulation();
        var yard = new Store<string>(simulation, capacity: 1);
        yard.Put("a");
        var withdrawn = yard.Put("b");
        var kept = yard.Put("c");
        Assert.Equal(2, yard.PutQueueLength);

        withdrawn.Dispose();
        var first = yard.Get();
        simulation.Run();
        var second = yard.Get();
        simulation.Run();

        Assert.Equal("a", first.Item);
        Assert.Equal("c", second.Item);
        Assert.True(kept.IsProcessed);
        Assert.False(withdrawn.IsTriggered);
    }

    [Fact]
    public void Dispose_WaitingGet_ItemGoesToNextGet()
    {
        var simulation = new Simulation();
        var yard = new Store<string>(simulation);
        var withdrawn = yard.Get();
        var next = yard.Get();

        withdrawn.Dispose();
        yard.Put("wagon");
        simulation.Run();

        Assert.False(withdrawn.IsTriggered);
        Assert.Equal("wagon", next.Item);
        Assert.Equal(0, yard.GetQueueLength);
    }

    [Fact]
    public void Dispose_SucceededGet_DoesNothing()
    {
        var simulation = new Simulation();
        var yard = new Store<string>(simulation);
        yard.Put("wagon");
        var get = yard.Get();

        get.Dispose();
        simulation.Run();

        Assert.Equal("wagon", get.Item);
        Assert.True(get.IsOk);
    }

    [Fact]
    public void FilterStore_GetMatchingNothing_DoesNotBlockLaterGets()
    {
        // Given a get for "c" queued before a get for "a", then items b1, a1, a2 put in
        var simulation = new Simulation();
        var ferry = new FilterStore<string>(simulation);
        var wantsC = ferry.Get(w => w.StartsWith('c'));
        var wantsA = ferry.Get(w => w.StartsWith('a'));
        ferry.Put("b1");
        ferry.Put("a1");
        ferry.Put("a2");

        // When
        simulation.Run();

        // Then the get for "a" took the first matching item in insertion order
        Assert.False(wantsC.IsTriggered);
        Assert.Equal("a1", wantsA.Item);
        Assert.Equal(new[] { "b1", "a2" }, ferry.Items.ToArray());
    }

    [Fact]
    public void FilterStore_SeveralWaitingGets_ServedInQueueOrder()
    {
        var simulation = new Simulation();
        var ferry = new FilterStore<int>(simulation);
        var even1 = ferry.Get(x => x % 2 == 0);
        var any = ferry.Get();
        var even2 = ferry.Get(x => x % 2 == 0);
        foreach (var x in new[] { 1, 2, 4 })
        {
            ferry.Put(x);
        }

        simulation.Run();

        Assert.Equal(2, even1.Item);
        Assert.Equal(1, any.Item);
        Assert.Equal(4, even2.Item);
    }

    [Fact]
    public void PriorityStore_Items_LeaveByPriorityThenInsertion()
    {
        var simulation = new Simulation();
        var hold = new PriorityStore<string>(simulation);
        hold.Put("x", 3);
        hold.Put("y", 1);
        hold.Put("z", 1);
        hold.Put("w", 2);
        hold.Put("v");

        var gets = Enumerable.Range(0, 5).Select(_ => hold.Get()).ToArray();
        simulation.Run();

        Assert.Equal(new[] { "v", "y", "z", "w", "x" }, gets.Select(g => g.Item).ToArray());
    }

    [Fact]
    public void Store_CountMonitor_TracksItemsOverTime()
    {
        var simulation = new Simulation();
        var yard = new Store<int>(simulation);
        yard.Put(1);
        yard.Put(2);
        simulation.Run(until: 4);
        yard.Get();
        simulation.Run(until: 8);

        Assert.Equal(1.5, yard.CountMonitor.Mean, 12);
        Assert.Equal(2, yard.CountMonitor.Max);
    }
}
