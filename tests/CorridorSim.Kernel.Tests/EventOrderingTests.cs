namespace CorridorSim.Kernel.Tests;

public class EventOrderingTests
{
    [Fact]
    public void SameTimeEvents_FiftyThousandTimeouts_ProcessedInCreationOrder()
    {
        // Given 50,000 timeouts with integer delays 1..10 created at t=0 (SimSharp 3.4.2 inverts 11,032 pairs)
        var simulation = new Simulation();
        var random = new TestRandom(7);
        var processed = new List<(double Time, int Index)>();
        for (var i = 0; i < 50_000; i++)
        {
            var index = i;
            simulation.Timeout(1 + random.Next(10)).AddCallback(_ => processed.Add((simulation.Now, index)));
        }

        // When
        simulation.Run();

        // Then every adjacent same-time pair is in creation order
        Assert.Equal(50_000, processed.Count);
        var inversions = 0;
        for (var i = 1; i < processed.Count; i++)
        {
            Assert.True(processed[i].Time >= processed[i - 1].Time);
            if (processed[i].Time == processed[i - 1].Time && processed[i].Index < processed[i - 1].Index)
            {
                inversions++;
            }
        }

        Assert.Equal(0, inversions);
    }

    [Fact]
    public void SameTimeEvents_ScheduledWhileHeapGrowsAndShrinks_StayFifo()
    {
        // Given events at a handful of times, interleaved with pops, so the heap grows and shrinks repeatedly
        var simulation = new Simulation();
        var random = new TestRandom(11);
        var processed = new List<(double Time, long Index)>();
        long next = 0;
        IEnumerable<Event> Spawner()
        {
            for (var round = 0; round < 200; round++)
            {
                for (var k = 0; k < 300; k++)
                {
                    var index = next++;
                    simulation.Timeout(random.Next(4)).AddCallback(_ => processed.Add((simulation.Now, index)));
                }

                yield return simulation.Timeout(1);
            }
        }

        simulation.Process(Spawner());

        // When
        simulation.Run();

        // Then same-time events keep their scheduling order
        for (var i = 1; i < processed.Count; i++)
        {
            if (processed[i].Time == processed[i - 1].Time)
            {
                Assert.True(processed[i].Index > processed[i - 1].Index, $"inversion at {processed[i].Time}");
            }
        }

        Assert.Equal(60_000, processed.Count);
    }

    [Fact]
    public void Priority_SameTime_SmallerFirstThenFifo()
    {
        // Given events at t=1 with priorities 0, -1, 1, -1, 0
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var priorities = new[] { 0, -1, 1, -1, 0 };
        for (var i = 0; i < priorities.Length; i++)
        {
            var name = $"e{i}p{priorities[i]}";
            simulation.Timeout(1, new EventPriority(priorities[i])).AddCallback(_ => trace.Log(name));
        }

        // When
        simulation.Run();

        // Then
        Assert.Equal("1:e1p-1 1:e3p-1 1:e0p0 1:e4p0 1:e2p1", trace.ToString());
    }

    [Fact]
    public void Priority_EarlierTime_BeatsSmallerPriority()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        simulation.Timeout(2, new EventPriority(-100)).AddCallback(_ => trace.Log("urgent"));
        simulation.Timeout(1, new EventPriority(100)).AddCallback(_ => trace.Log("lazy"));

        simulation.Run();

        Assert.Equal("1:lazy 2:urgent", trace.ToString());
    }

    [Fact]
    public void ScheduleAtNow_FromCallback_GoesAfterQueuedSameTimeEvents()
    {
        // Given two events at t=1; the first schedules a zero-delay timeout when processed
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        simulation.Timeout(1).AddCallback(_ =>
        {
            trace.Log("a");
            simulation.Timeout(0).AddCallback(_ => trace.Log("a-now"));
        });
        simulation.Timeout(1).AddCallback(_ => trace.Log("b"));

        // When
        simulation.Run();

        // Then the new event comes after b, which was already queued
        Assert.Equal("1:a 1:b 1:a-now", trace.ToString());
    }

    [Fact]
    public void ZeroDelay_TwoProcesses_Interleave()
    {
        // Given two processes that each yield Timeout(0) three times
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        IEnumerable<Event> Worker(string name)
        {
            for (var i = 0; i < 3; i++)
            {
                trace.Log($"{name}{i}");
                yield return simulation.Timeout(0);
            }
        }

        simulation.Process(Worker("a"));
        simulation.Process(Worker("b"));

        // When
        simulation.Run();

        // Then each zero-delay timeout lets the other process run first
        Assert.Equal("0:a0 0:b0 0:a1 0:b1 0:a2 0:b2", trace.ToString());
    }

    [Fact]
    public void Timeout_NegativeDelay_Throws()
    {
        var simulation = new Simulation();

        Assert.Throws<ArgumentException>(() => simulation.Timeout(-0.001));
        Assert.Throws<ArgumentException>(() => simulation.Timeout(double.NaN));
    }

    [Fact]
    public void Timeout_TinyDelay_KeepsFullDoublePrecision()
    {
        // Given delays below SimSharp's 100 ns tick (SimSharp rounds them to its tick; here time is a double in hours
        // and keeps them apart)
        var simulation = new Simulation();
        simulation.Timeout(1e-8);
        simulation.Timeout(0.33333333333);

        // When
        simulation.Step();
        var first = simulation.Now;
        simulation.Step();

        // Then
        Assert.Equal(1e-8, first);
        Assert.Equal(0.33333333333, simulation.Now);
    }
}
