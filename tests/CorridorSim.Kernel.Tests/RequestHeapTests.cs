namespace CorridorSim.Kernel.Tests;

public class RequestHeapTests
{
    [Fact]
    public void PriorityResource_ManyRequestsAndReneges_GrantsByPriorityThenArrival()
    {
        // Given a busy track, 300 requests of 5 priorities, and a third of them reneging in a scattered order
        var simulation = new Simulation();
        var track = new PriorityResource(simulation, 1);
        var holder = track.Request(0);
        var random = new TestRandom(17);
        var requests = Enumerable.Range(0, 300).Select(_ => track.Request(random.Next(5))).ToList();
        var reneging = requests.Where(_ => random.NextDouble() < 1.0 / 3).ToList();
        foreach (var request in reneging)
        {
            request.Dispose();
        }

        var expected = requests.Except(reneging).OrderBy(r => r.Priority).ToList();

        // When the holder and then every granted request release in turn
        Assert.Equal(expected, track.Queue.ToList());
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
}
