namespace CorridorSim.Kernel.Tests;

public class RequestHeapTests
{
    [Theory]
    [InlineData(1.0 / 3)]
    [InlineData(0.9)] // most renege: the heap is rebuilt from the live requests on the way
    public void PriorityResource_ManyRequestsAndReneges_GrantsByPriorityThenArrival(double renegeShare)
    {
        // Given a busy track, 300 requests of 5 priorities, and a share of them reneging in a scattered order
        var simulation = new Simulation();
        var track = new PriorityResource(simulation, 1);
        var holder = track.Request(0);
        var random = new TestRandom(17);
        var requests = Enumerable.Range(0, 300).Select(_ => track.Request(random.Next(5))).ToList();
        var reneging = requests.Where(_ => random.NextDouble() < renegeShare).ToList();
        foreach (var request in reneging)
        {
            request.Dispose();
        }

        var expected = requests.Except(reneging).OrderBy(r => r.Priority).ToList();

        // When the holder and then every granted request release in turn
        Assert.Equal(expected, track.Queue.ToList());
        Assert.Equal(expected.Count, track.QueueLength);
        var granted = new List<Request>();
        holder.Dispose();
        simulation.Run();
        while (track.Users.Count > 0)
        {
            var user = track.Users[0];
            granted.Add(user);
            user.Dispose();
            simulation.Run();
        }

        // Then the grant order is (priority, arrival): OrderBy is a stable sort
        Assert.Equal(expected, granted);
    }

    [Fact]
    public void PreemptiveResource_RenegedHead_NextRequestIsServedByItsKey()
    {
        // Given a held track and three waiting requests, the most urgent of which reneges
        var simulation = new Simulation();
        var track = new PreemptiveResource(simulation, 1);
        var holder = track.Request(5);
        var urgent = track.Request(0);
        var later = track.Request(2);
        var sooner = track.Request(1);

        urgent.Dispose();
        holder.Dispose();
        simulation.Run();

        // Then the next by (priority, time, preempt) holds the unit and the other still waits
        Assert.Equal(RequestStatus.Granted, sooner.Status);
        Assert.Equal(new[] { later }, track.Queue.ToArray());
    }
}
