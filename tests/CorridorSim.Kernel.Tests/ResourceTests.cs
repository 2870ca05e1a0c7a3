namespace CorridorSim.Kernel.Tests;

public class ResourceTests
{
    private static IEnumerable<Event> User(Simulation simulation, Resource resource, Trace trace, string name, double hold)
    {
        using var request = resource.Request();
        yield return request;
        trace.Log($"{name}+");
        yield return simulation.Timeout(hold);
        trace.Log($"{name}-");
    }

    [Fact]
    public void Resource_CapacityOneThreeUsers_GrantsFifo()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var berth = new Resource(simulation, 1);
        foreach (var name in new[] { "a", "b", "c" })
        {
            simulation.Process(User(simulation, berth, trace, name, 2));
        }

        simulation.Run();

        Assert.Equal("0:a+ 2:a- 2:b+ 4:b- 4:c+ 6:c-", trace.ToString());
    }

    [Fact]
    public void Resource_CapacityTwo_ServesTwoAtOnce()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var cranes = new Resource(simulation, 2);
        simulation.Process(User(simulation, cranes, trace, "a", 3));
        simulation.Process(User(simulation, cranes, trace, "b", 1));
        simulation.Process(User(simulation, cranes, trace, "c", 1));

        simulation.Run();

        Assert.Equal("0:a+ 0:b+ 1:b- 1:c+ 2:c- 3:a-", trace.ToString());
    }

    [Fact]
    public void Grant_FreeUnit_IsEventAtNowRequesterResumesLater()
    {
        // Given a zero-delay event queued before the request is made
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var berth = new Resource(simulation, 1);
        IEnumerable<Event> Body()
        {
            simulation.Timeout(0).AddCallback(_ => trace.Log("queued"));
            var request = berth.Request();
            Assert.True(request.IsTriggered);
            Assert.Equal(1, berth.InUse);
            yield return request;
            trace.Log("granted");
        }

        simulation.Process(Body());
        simulation.Run();

        Assert.Equal("0:queued 0:granted", trace.ToString());
    }

    [Fact]
    public void Release_Granted_FreesAtOnceServesWaiterWhenProcessed()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var berth = new Resource(simulation, 1);
        var first = berth.Request();
        var second = berth.Request();
        second.AddCallback(_ => trace.Log("second-granted"));
        simulation.Run();

        berth.Release(first);

        Assert.Equal(RequestStatus.Released, first.Status);
        Assert.Equal(0, berth.InUse);
        Assert.Equal(RequestStatus.Queued, second.Status);
        simulation.Run();
        Assert.Equal(RequestStatus.Granted, second.Status);
        Assert.Equal("0:second-granted", trace.ToString());
    }

    [Fact]
    public void Release_ReturnedEvent_HappensAfterWaiterGranted()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var berth = new Resource(simulation, 1);
        IEnumerable<Event> Body()
        {
            var request = berth.Request();
            yield return request;
            var waiter = berth.Request();
            yield return berth.Release(request);
            trace.Log($"released:waiter={waiter.Status}");
        }

        simulation.Process(Body());
        simulation.Run();

        Assert.Equal("0:released:waiter=Granted", trace.ToString());
    }

    [Fact]
    public void Dispose_Queued_RenegesWithoutEffectOnOthers()
    {
        var simulation = new Simulation();
        var berth = new Resource(simulation, 1);
        var holder = berth.Request();
        var a = berth.Request();
        var b = berth.Request();
        var c = berth.Request();

        b.Dispose();

        Assert.Equal(RequestStatus.Cancelled, b.Status);
        Assert.Equal(new[] { a, c }, berth.Queue.ToArray());
        holder.Dispose();
        simulation.Run();
        Assert.Equal(RequestStatus.Granted, a.Status);
        a.Dispose();
        simulation.Run();
        Assert.Equal(RequestStatus.Granted, c.Status);
        Assert.False(b.IsTriggered);
    }

    [Fact]
    public void Dispose_Twice_DoesNothingTheSecondTime()
    {
        var simulation = new Simulation();
        var berth = new Resource(simulation, 1);
        var request = berth.Request();
        var other = berth.Request();
        simulation.Run();

        request.Dispose();
        simulation.Run();
        request.Dispose();
        simulation.Run();

        Assert.Equal(RequestStatus.Released, request.Status);
        Assert.Equal(RequestStatus.Granted, other.Status);
        Assert.Equal(1, berth.InUse);
    }

    [Fact]
    public void PriorityResource_ReleaseNeverGranted_RenegesCleanly()
    {
        // Given the renege SimSharp 3.4.2 cannot do on every resource kind: a holder keeps the unit for 5, a second
        // requester waits req | T(1) and releases at 1
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var track = new PriorityResource(simulation, 1);
        IEnumerable<Event> Holder()
        {
            using var request = track.Request(0);
            yield return request;
            yield return simulation.Timeout(5);
        }

        IEnumerable<Event> Impatient()
        {
            var request = track.Request(1);
            yield return request | simulation.Timeout(1);
            yield return track.Release(request);
            trace.Log($"released:{request.Status}");
            request.Dispose();
        }

        simulation.Process(Holder());
        simulation.Process(Impatient());

        // When
        simulation.Run();

        // Then no exception and the queue is empty
        Assert.Equal("1:released:Cancelled", trace.ToString());
        Assert.Equal(0, track.QueueLength);
    }

    [Fact]
    public void PriorityResource_Waiters_GrantedByPriorityThenFifo()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var track = new PriorityResource(simulation, 1);
        IEnumerable<Event> User(string name, int priority, double arrive)
        {
            yield return simulation.Timeout(arrive);
            using var request = track.Request(priority);
            yield return request;
            trace.Log(name);
            yield return simulation.Timeout(10);
        }

        simulation.Process(User("holder", 5, 0));
        simulation.Process(User("p2-first", 2, 1));
        simulation.Process(User("p1", 1, 2));
        simulation.Process(User("p2-second", 2, 3));
        simulation.Process(User("p0", 0, 4));

        simulation.Run();

        Assert.Equal("0:holder 10:p0 20:p1 30:p2-first 40:p2-second", trace.ToString());
    }

    [Fact]
    public void Release_RequestOfOtherResource_Throws()
    {
        var simulation = new Simulation();
        var a = new Resource(simulation, 1);
        var b = new Resource(simulation, 1);

        Assert.Throws<ArgumentException>(() => b.Release(a.Request()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resource(simulation, 0));
    }

    [Fact]
    public void Monitors_SingleServer_UtilizationQueueAndWaits()
    {
        // Given a berth: a holds 0-4, b waits 0-4 and holds 4-6, then idle to 10
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var berth = new Resource(simulation, 1);
        simulation.Process(User(simulation, berth, trace, "a", 4));
        simulation.Process(User(simulation, berth, trace, "b", 2));

        // When
        simulation.Run(until: 10);

        // Then
        Assert.Equal(0.6, berth.UtilizationMonitor.Mean, 12);
        Assert.Equal(0.4, berth.QueueLengthMonitor.Mean, 12);
        Assert.Equal(4, berth.QueueLengthMonitor.Integral, 12);
        Assert.Equal(2, berth.WaitTimeMonitor.Count);
        Assert.Equal(4, berth.WaitTimeMonitor.Sum, 12);
        Assert.Equal(4, berth.WaitTimeMonitor.Max);
    }
}
