namespace CorridorSim.Kernel.Tests;

public class ProcessTests
{
    [Fact]
    public void Start_TwoProcessesAndQueuedEvent_FifoAtPriorityZero()
    {
        // Given an event already queued at t=0, then two processes created
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        simulation.Timeout(0).AddCallback(_ => trace.Log("queued"));
        simulation.Process(Probe.Do(() => trace.Log("p1")));
        simulation.Process(Probe.Do(() => trace.Log("p2")));

        // When
        simulation.Run();

        // Then the starts are ordinary FIFO events (SimPy would run them first: URGENT)
        Assert.Equal("0:queued 0:p1 0:p2", trace.ToString());
    }

    [Fact]
    public void Start_NegativePriority_RunsBeforeQueuedEvents()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        simulation.Timeout(0).AddCallback(_ => trace.Log("queued"));
        simulation.Process(Probe.Do(() => trace.Log("urgent")), priority: new EventPriority(-1));

        simulation.Run();

        Assert.Equal("0:urgent 0:queued", trace.ToString());
    }

    [Fact]
    public void Yield_ProcessedEvent_ContinuesSynchronouslyWithItsValue()
    {
        // Given an event processed at t=1 and a process that yields it at t=2
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var done = simulation.TimeoutWithValue(1, "done");
        simulation.Timeout(2).AddCallback(_ => simulation.Timeout(0).AddCallback(_ => trace.Log("other")));
        IEnumerable<Event> Late()
        {
            yield return simulation.Timeout(2);
            var before = simulation.ProcessedEvents;
            yield return done;
            trace.Log($"{done.Value}+{simulation.ProcessedEvents - before}");
        }

        simulation.Process(Late());

        // When
        simulation.Run();

        // Then the process continued in the same step, before the zero-delay event
        Assert.Equal("2:done+0 2:other", trace.ToString());
    }

    [Fact]
    public void Yield_TimeoutZero_LetsQueuedSameTimeEventsRunFirst()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        IEnumerable<Event> Body()
        {
            simulation.Timeout(0).AddCallback(_ => trace.Log("queued"));
            var zero = simulation.Timeout(0);
            Assert.True(zero.IsTriggered);
            Assert.False(zero.IsProcessed);
            yield return zero;
            trace.Log("resumed");
        }

        simulation.Process(Body());
        simulation.Run();

        Assert.Equal("0:queued 0:resumed", trace.ToString());
    }

    [Fact]
    public void Join_RunningProcess_WaitsAndGetsReturnValue()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var worker = simulation.Process(Probe.After(simulation, trace, 5, "worker", "loaded"));
        IEnumerable<Event> Waiter()
        {
            yield return worker;
            trace.Log($"joined:{worker.Value}");
        }

        simulation.Process(Waiter());
        simulation.Run();

        Assert.Equal("5:worker 5:joined:loaded", trace.ToString());
        Assert.False(worker.IsAlive);
    }

    [Fact]
    public void Join_FinishedProcess_ContinuesAtOnce()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var worker = simulation.Process(Probe.After(simulation, trace, 1, "worker", 7));
        IEnumerable<Event> Waiter()
        {
            yield return simulation.Timeout(3);
            var before = simulation.ProcessedEvents;
            yield return worker;
            trace.Log($"joined:{worker.Value}:{simulation.ProcessedEvents - before}");
        }

        simulation.Process(Waiter());
        simulation.Run();

        Assert.Equal("1:worker 3:joined:7:0", trace.ToString());
    }

    [Fact]
    public void Value_NoResultSet_IsValueOfLastAwaitedEvent()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Body()
        {
            yield return simulation.TimeoutWithValue(1, "first");
            yield return simulation.TimeoutWithValue(1, "last");
        }

        var process = simulation.Process(Body());
        simulation.Run();

        Assert.Equal("last", process.Value);
    }

    [Fact]
    public void SucceedOnActiveProcess_SimSharpIdiom_SetsReturnValue()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Body()
        {
            yield return simulation.TimeoutWithValue(1, "ignored");
            simulation.ActiveProcess!.Succeed(99);
        }

        var process = simulation.Process(Body());
        var value = simulation.Run(process);

        Assert.Equal(99, value);
    }

    [Fact]
    public void SetResult_FromOutside_Throws()
    {
        var simulation = new Simulation();
        var process = simulation.Process(Probe.After(simulation, new Trace(simulation), 1, "x"));

        Assert.Throws<InvalidOperationException>(() => process.SetResult(1));
        Assert.Throws<InvalidOperationException>(() => process.Succeed(1));
    }

    [Fact]
    public void FailOnActiveProcess_Joiner_IsResumedWithFault()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        IEnumerable<Event> Failing()
        {
            yield return simulation.Timeout(1);
            simulation.ActiveProcess!.Fail(new InvalidOperationException("boiler"));
        }

        var failing = simulation.Process(Failing());
        IEnumerable<Event> Joiner()
        {
            yield return failing;
            var process = simulation.ActiveProcess!;
            trace.Log($"{process.HandleFault()}:{((Exception)process.FaultCause!).Message}");
        }

        simulation.Process(Joiner());
        simulation.Run();

        Assert.Equal("1:True:boiler", trace.ToString());
        Assert.False(failing.IsOk);
    }

    [Fact]
    public void FailedEvent_NotAcknowledged_RunThrowsNamingProcess()
    {
        // Given a process that waits on an event that fails and then yields again without HandleFault
        var simulation = new Simulation();
        var broken = simulation.Event();
        IEnumerable<Event> Careless()
        {
            yield return broken;
            yield return simulation.Timeout(1);
        }

        simulation.Process(Careless(), name: "careless-loader");
        broken.Fail(new InvalidOperationException("crane down"));

        // When / Then
        var error = Assert.Throws<InvalidOperationException>(() => simulation.Run());
        Assert.Contains("careless-loader", error.Message);
        Assert.Contains("HandleFault", error.Message);
    }

    [Fact]
    public void FailedEvent_NotAcknowledgedAtEnd_RunThrowsNamingProcess()
    {
        var simulation = new Simulation();
        var broken = simulation.Event();
        IEnumerable<Event> Careless()
        {
            yield return broken;
        }

        simulation.Process(Careless(), name: "quitter");
        broken.Fail(new InvalidOperationException("crane down"));

        var error = Assert.Throws<InvalidOperationException>(() => simulation.Run());
        Assert.Contains("quitter", error.Message);
    }

    [Fact]
    public void FailedEvent_Acknowledged_ProcessContinues()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var broken = simulation.Event();
        IEnumerable<Event> Careful()
        {
            yield return broken;
            var self = simulation.ActiveProcess!;
            if (self.HandleFault())
            {
                trace.Log($"fault:{((Exception)self.FaultCause!).Message}");
            }

            yield return simulation.Timeout(1);
            trace.Log($"ok:{self.HandleFault()}:{self.FaultCause ?? "none"}");
        }

        simulation.Process(Careful());
        broken.Fail(new InvalidOperationException("crane down"));
        simulation.Run();

        Assert.Equal("0:fault:crane down 1:ok:False:none", trace.ToString());
    }

    [Fact]
    public void Yield_Null_Throws()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Bad()
        {
            yield return null!;
        }

        simulation.Process(Bad(), name: "bad");

        var error = Assert.Throws<InvalidOperationException>(() => simulation.Run());
        Assert.Contains("bad", error.Message);
    }

    [Fact]
    public void ActiveProcess_InsideAndOutside_IsTheRunningProcessOrNull()
    {
        var simulation = new Simulation();
        Process? seen = null;
        IEnumerable<Event> Body()
        {
            seen = simulation.ActiveProcess;
            yield break;
        }

        var process = simulation.Process(Body(), name: "train-7");
        simulation.Run();

        Assert.Same(process, seen);
        Assert.Null(simulation.ActiveProcess);
        Assert.Equal("train-7", process.Name);
    }

    [Fact]
    public void Name_NotGiven_CountsFromZero()
    {
        var simulation = new Simulation();

        var first = simulation.Process(Probe.Do(() => { }));
        var second = simulation.Process(Probe.Do(() => { }));

        Assert.Equal("process-0", first.Name);
        Assert.Equal("process-1", second.Name);
    }

    [Fact]
    public void Exception_ThrownInsideProcess_PropagatesOutOfRun()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Faulty()
        {
            yield return simulation.Timeout(1);
            throw new FormatException("bad timetable row");
        }

        simulation.Process(Faulty());

        var error = Assert.Throws<FormatException>(() => simulation.Run());
        Assert.Equal("bad timetable row", error.Message);
        Assert.Null(simulation.ActiveProcess);
    }
}
