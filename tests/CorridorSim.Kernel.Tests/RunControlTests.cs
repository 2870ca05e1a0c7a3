namespace CorridorSim.Kernel.Tests;

public class RunControlTests
{
    [Fact]
    public void RunUntil_EventAtExactlyUntil_LeftForNextRun()
    {
        // Given events at 1, 5 and 7
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        foreach (var t in new[] { 1.0, 5.0, 7.0 })
        {
            simulation.Timeout(t).AddCallback(_ => trace.Log("e"));
        }

        // When running until 5
        simulation.Run(until: 5);

        // Then only the event before 5 ran and the clock stands at 5
        Assert.Equal("1:e", trace.ToString());
        Assert.Equal(5, simulation.Now);
        Assert.Equal(5, simulation.Peek());

        // When running on until 10
        simulation.Run(until: 10);

        // Then the event at exactly 5 runs first in the next run
        Assert.Equal("1:e 5:e 7:e", trace.ToString());
        Assert.Equal(10, simulation.Now);
    }

    [Fact]
    public void RunUntil_EmptyQueue_AdvancesClock()
    {
        var simulation = new Simulation();

        simulation.Run(until: 3.5);

        Assert.Equal(3.5, simulation.Now);
    }

    [Fact]
    public void RunUntil_NotAfterNow_Throws()
    {
        var simulation = new Simulation();
        simulation.Run(until: 2);

        Assert.Throws<ArgumentException>(() => simulation.Run(until: 2));
        Assert.Throws<ArgumentException>(() => simulation.Run(until: 1));
    }

    [Fact]
    public void RunEvent_ProcessReturns_ReturnsItsValue()
    {
        // Given a process that returns 42 at t=3 and another that runs until t=10
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var answer = simulation.Process(Probe.After(simulation, trace, 3, "answer", 42));
        simulation.Process(Probe.After(simulation, trace, 10, "late"));

        // When
        var value = simulation.Run(answer);

        // Then the run stops right after the event
        Assert.Equal(42, value);
        Assert.Equal(3, simulation.Now);
        Assert.Equal("3:answer", trace.ToString());
    }

    [Fact]
    public void RunEvent_QueueEmptiesFirst_Throws()
    {
        var simulation = new Simulation();
        var never = simulation.Event();
        simulation.Timeout(1);

        var error = Assert.Throws<InvalidOperationException>(() => simulation.Run(never));

        Assert.Contains("ran empty", error.Message);
    }

    [Fact]
    public void RunEvent_OtherSimulation_Throws()
    {
        var simulation = new Simulation();
        var foreign = new Simulation().Timeout(1);

        Assert.Throws<ArgumentException>(() => simulation.Run(foreign));
    }

    [Fact]
    public void RunEvent_EventFails_RethrowsItsException()
    {
        var simulation = new Simulation();
        var failing = simulation.Event();
        failing.Fail(new TimeoutException("late ferry"));

        var error = Assert.Throws<TimeoutException>(() => simulation.Run(failing));

        Assert.Equal("late ferry", error.Message);
    }

    [Fact]
    public void RunEvent_AlreadyProcessed_ReturnsAtOnce()
    {
        var simulation = new Simulation();
        var done = simulation.TimeoutWithValue(1, "v");
        simulation.Timeout(5);
        simulation.Run(done);

        var value = simulation.Run(done);

        Assert.Equal("v", value);
        Assert.Equal(1, simulation.Now);
    }

    [Fact]
    public void Step_EachCall_ProcessesOneEvent()
    {
        var simulation = new Simulation();
        simulation.Timeout(2);
        simulation.Timeout(4);

        Assert.Equal(2, simulation.Peek());
        Assert.True(simulation.Step());
        Assert.Equal(2, simulation.Now);
        Assert.True(simulation.Step());
        Assert.Equal(4, simulation.Now);
        Assert.False(simulation.Step());
        Assert.Equal(double.PositiveInfinity, simulation.Peek());
        Assert.Equal(2, simulation.ProcessedEvents);
    }

    [Fact]
    public void Stop_CalledFromCallback_RunReturnsAfterThatEvent()
    {
        // Given events at 1, 2, 3 where the one at 2 stops the run
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        simulation.Timeout(1).AddCallback(_ => trace.Log("a"));
        simulation.Timeout(2).AddCallback(_ =>
        {
            trace.Log("stop");
            simulation.Stop();
        });
        simulation.Timeout(3).AddCallback(_ => trace.Log("c"));

        // When
        simulation.Run();

        // Then the run returned at 2; a new run continues
        Assert.Equal("1:a 2:stop", trace.ToString());
        Assert.Equal(2, simulation.Now);
        simulation.Run();
        Assert.Equal("1:a 2:stop 3:c", trace.ToString());
    }

    [Fact]
    public void ProcessedEvents_TimeoutsAndProcesses_CountsStartsAndEnds()
    {
        // Given two processes with two timeouts each: 2 starts + 4 timeouts + 2 ends
        var simulation = new Simulation();
        IEnumerable<Event> Twice()
        {
            yield return simulation.Timeout(1);
            yield return simulation.Timeout(1);
        }

        simulation.Process(Twice());
        simulation.Process(Twice());

        // When
        simulation.Run();

        // Then
        Assert.Equal(8, simulation.ProcessedEvents);
    }
}
