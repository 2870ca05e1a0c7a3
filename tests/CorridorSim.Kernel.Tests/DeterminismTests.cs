namespace CorridorSim.Kernel.Tests;

public class DeterminismTests
{
    private static string RunMixedModel(ulong seed)
    {
        // Resources, preemption, stores, conditions and interrupts, all driven by one seeded stream
        var simulation = new Simulation();
        var random = new TestRandom(seed);
        var trace = new Trace(simulation);
        var berths = new PreemptiveResource(simulation, 2);
        var yard = new Store<int>(simulation, capacity: 5);
        IEnumerable<Event> Ship(int id)
        {
            using var request = berths.Request(random.Next(3), preempt: random.Next(4) == 0);
            yield return request | simulation.Timeout(random.Exponential(5));
            var self = simulation.ActiveProcess!;
            if (self.HandleFault() || !request.IsTriggered)
            {
                trace.Log($"s{id}-leave");
                yield break;
            }

            yield return yard.Put(id);
            if (self.HandleFault())
            {
                trace.Log($"s{id}-bumped-early");
                yield break;
            }

            yield return simulation.Timeout(random.Exponential(2));
            trace.Log(self.HandleFault() ? $"s{id}-bumped" : $"s{id}-done");
        }

        IEnumerable<Event> Source()
        {
            for (var i = 0; i < 300; i++)
            {
                yield return simulation.Timeout(random.Exponential(1));
                simulation.Process(Ship(i));
            }
        }

        IEnumerable<Event> Crane()
        {
            while (true)
            {
                var get = yard.Get();
                yield return get;
                trace.Log($"c{get.Item}");
                yield return simulation.Timeout(random.Exponential(0.8));
            }
        }

        simulation.Process(Source());
        simulation.Process(Crane());
        simulation.Run(until: 400);
        return trace + $" events={simulation.ProcessedEvents}";
    }

    [Fact]
    public void Trace_SameSeed_IsIdentical()
    {
        var first = RunMixedModel(17);
        var second = RunMixedModel(17);

        Assert.Equal(first, second);
        Assert.Contains("bumped", first);
        Assert.Contains("leave", first);
    }

    [Fact]
    public void Trace_OtherSeed_Differs()
    {
        Assert.NotEqual(RunMixedModel(17), RunMixedModel(18));
    }
}
