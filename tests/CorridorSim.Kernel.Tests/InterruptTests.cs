namespace CorridorSim.Kernel.Tests;

public class InterruptTests
{
    private static IEnumerable<Event> Victim(Simulation simulation, Trace trace)
    {
        // Waits T(10), T(5), T(3), T(100) in turn, logging interrupts and completions: the sequence on which
        // SimSharp 3.4.2 wakes a victim spuriously when two interrupts arrive in one instant (one of the defects the
        // README's kernel paragraph says are fixed)
        foreach (var delay in new[] { 10.0, 5.0, 3.0, 100.0 })
        {
            yield return simulation.Timeout(delay);
            var self = simulation.ActiveProcess!;
            trace.Log(self.HandleFault() ? $"int({self.FaultCause})" : $"t{delay}");
        }
    }

    [Fact]
    public void Interrupt_TwiceInOneInstant_NoSpuriousWakeUp()
    {
        // Given the victim above and an interrupter that calls Interrupt("a") and Interrupt("b") at t=1
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var victim = simulation.Process(Victim(simulation, trace));
        IEnumerable<Event> Interrupter()
        {
            yield return simulation.Timeout(1);
            victim.Interrupt("a");
            victim.Interrupt("b");
        }

        simulation.Process(Interrupter());

        // When
        simulation.Run();

        // Then the abandoned T(5) does not wake the victim at 6 (SimSharp 3.4.2 logs 6:t100)
        Assert.Equal("1:int(a) 1:int(b) 4:t3 104:t100", trace.ToString());
    }

    [Fact]
    public void Interrupt_WhileWaiting_DetachedAtCallTime()
    {
        // Given a victim waiting on a timeout, interrupted with a low-priority delivery
        var simulation = new Simulation();
        var wait = simulation.Timeout(5);
        IEnumerable<Event> Waiting()
        {
            yield return wait;
            simulation.ActiveProcess!.HandleFault();
        }

        var victim = simulation.Process(Waiting());
        simulation.Run(until: 1);
        Assert.Same(wait, victim.Target);

        // When
        victim.Interrupt("now");

        // Then it no longer waits on the timeout, before the delivery is processed
        Assert.Null(victim.Target);
        simulation.Run();
        Assert.Equal("now", victim.FaultCause);
    }

    [Fact]
    public void Interrupt_DeadProcess_Throws()
    {
        var simulation = new Simulation();
        var finished = simulation.Process(Probe.Do(() => { }));
        simulation.Run();

        Assert.Throws<InvalidOperationException>(() => finished.Interrupt());
    }

    [Fact]
    public void Interrupt_Self_Throws()
    {
        var simulation = new Simulation();
        Exception? error = null;
        IEnumerable<Event> Body()
        {
            error = Record.Exception(() => simulation.ActiveProcess!.Interrupt());
            yield break;
        }

        simulation.Process(Body());
        simulation.Run();

        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void Interrupt_VictimEndsBeforeDelivery_Ignored()
    {
        // Given a victim that ends after handling one interrupt, and two interrupts issued at t=1
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        IEnumerable<Event> Body()
        {
            yield return simulation.Timeout(10);
            var self = simulation.ActiveProcess!;
            self.HandleFault();
            trace.Log($"int({self.FaultCause})");
        }

        var victim = simulation.Process(Body());
        simulation.Timeout(1).AddCallback(_ =>
        {
            victim.Interrupt("a");
            victim.Interrupt("b");
        });

        // When
        simulation.Run();

        // Then the second delivery found the victim ended and did nothing
        Assert.Equal("1:int(a)", trace.ToString());
        Assert.True(victim.IsOk);
    }

    [Fact]
    public void Interrupt_NotAcknowledged_RunThrowsNamingProcess()
    {
        var simulation = new Simulation();
        IEnumerable<Event> Deaf()
        {
            yield return simulation.Timeout(10);
            yield return simulation.Timeout(10);
        }

        var victim = simulation.Process(Deaf(), name: "deaf-shunter");
        simulation.Timeout(1).AddCallback(_ => victim.Interrupt("breakdown"));

        var error = Assert.Throws<InvalidOperationException>(() => simulation.Run());
        Assert.Contains("deaf-shunter", error.Message);
        Assert.Contains("breakdown", error.Message);
    }

    [Fact]
    public void Interrupt_AbandonedTimeout_StillFiresAndExtendsRun()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var abandoned = simulation.Timeout(50);
        abandoned.AddCallback(_ => trace.Log("abandoned-fired"));
        IEnumerable<Event> Body()
        {
            yield return abandoned;
            simulation.ActiveProcess!.HandleFault();
            trace.Log("interrupted");
        }

        var victim = simulation.Process(Body());
        simulation.Timeout(1).AddCallback(_ => victim.Interrupt());

        simulation.Run();

        Assert.Equal("1:interrupted 50:abandoned-fired", trace.ToString());
        Assert.Equal(50, simulation.Now);
    }

    [Fact]
    public void Interrupt_WhileQueuedForResource_RequestStaysQueuedUntilDisposed()
    {
        // Given a berth held until 10 and a ship queued for it, interrupted at 2
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var berth = new Resource(simulation, 1);
        Request? shipRequest = null;
        IEnumerable<Event> Holder()
        {
            using var request = berth.Request();
            yield return request;
            yield return simulation.Timeout(10);
        }

        IEnumerable<Event> Ship()
        {
            shipRequest = berth.Request();
            yield return shipRequest;
            simulation.ActiveProcess!.HandleFault();
            trace.Log($"interrupted:queued={shipRequest.Status}");
            yield return simulation.Timeout(3);
            trace.Log($"still:{shipRequest.Status}");
            shipRequest.Dispose();
            trace.Log($"disposed:{shipRequest.Status}:{berth.QueueLength}");
        }

        simulation.Process(Holder());
        var ship = simulation.Process(Ship());
        simulation.Timeout(2).AddCallback(_ => ship.Interrupt());

        // When
        simulation.Run();

        // Then the abandoned request was not cancelled by the interrupt, only by Dispose
        Assert.Equal("2:interrupted:queued=Queued 5:still:Queued 5:disposed:Cancelled:0", trace.ToString());
        Assert.Equal(RequestStatus.Cancelled, shipRequest!.Status);
    }

    [Fact]
    public void Interrupt_AbandonedRequest_CanStillBeGranted()
    {
        // Given a process interrupted while queued that keeps its request and later waits on it again
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var crane = new Resource(simulation, 1);
        IEnumerable<Event> Holder()
        {
            using var request = crane.Request();
            yield return request;
            yield return simulation.Timeout(4);
        }

        IEnumerable<Event> Patient()
        {
            using var request = crane.Request();
            yield return request;
            simulation.ActiveProcess!.HandleFault();
            trace.Log("interrupted");
            yield return request;
            trace.Log($"granted:{request.Status}");
        }

        simulation.Process(Holder());
        var patient = simulation.Process(Patient());
        simulation.Timeout(1).AddCallback(_ => patient.Interrupt());

        simulation.Run();

        Assert.Equal("1:interrupted 4:granted:Granted", trace.ToString());
    }

    [Fact]
    public void Interrupt_DeliveryOrder_IsOrdinaryFifoEventAtPriorityZero()
    {
        // Given an event queued at t=1 before the interrupt is issued at t=1
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        IEnumerable<Event> Body()
        {
            yield return simulation.Timeout(10);
            simulation.ActiveProcess!.HandleFault();
            trace.Log("delivered");
        }

        var victim = simulation.Process(Body());
        simulation.Timeout(1).AddCallback(_ =>
        {
            simulation.Timeout(0).AddCallback(_ => trace.Log("queued-first"));
            victim.Interrupt();
        });

        simulation.Run();

        Assert.Equal("1:queued-first 1:delivered", trace.ToString());
    }

    [Fact]
    public void Interrupt_WaiterOfSameEvent_NotResumedByThatEvent()
    {
        // Given two processes waiting on one gate; the first to wake interrupts the second at that instant
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var gate = simulation.Timeout(1);
        Process? second = null;
        IEnumerable<Event> First()
        {
            yield return gate;
            second!.Interrupt("closed");
        }

        IEnumerable<Event> Second()
        {
            yield return gate;
            var self = simulation.ActiveProcess!;
            trace.Log(self.HandleFault() ? $"int({self.FaultCause})" : "gate");
        }

        simulation.Process(First());
        second = simulation.Process(Second());

        // When
        simulation.Run();

        // Then the second process was detached at call time and woken once, by the interrupt
        Assert.Equal("1:int(closed)", trace.ToString());
    }

    [Fact]
    public void Interrupt_BeforeStart_DeliveredAfterFirstStep()
    {
        // Given a process created and interrupted in the same instant, before its first step ran
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        IEnumerable<Event> Body()
        {
            trace.Log("started");
            yield return simulation.Timeout(5);
            var self = simulation.ActiveProcess!;
            trace.Log(self.HandleFault() ? $"int({self.FaultCause})" : "t5");
        }

        var process = simulation.Process(Body());
        process.Interrupt("early");

        // When
        simulation.Run();

        // Then the start (queued first) runs first, then the interrupt wakes it from its first wait
        Assert.Equal("0:started 0:int(early)", trace.ToString());
    }
}
