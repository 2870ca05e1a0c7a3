namespace CorridorSim.Kernel.Tests;

public class FailureCauseTests
{
    private sealed record Breakdown(string Crane);

    [Fact]
    public void Fail_RecordCause_WaitingProcessSeesTheSameObjectAsAnInterruptCause()
    {
        // Given one process waiting on an event failed with a record, another interrupted with the same kind of record
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        var crane = simulation.Event();
        IEnumerable<Event> Waiter(Event target)
        {
            yield return target;
            var self = simulation.ActiveProcess!;
            trace.Log(self.HandleFault() ? $"{self.Name}:{self.FaultCause}" : $"{self.Name}:ok");
        }

        simulation.Process(Waiter(crane), "failed");
        var interrupted = simulation.Process(Waiter(simulation.Timeout(5)), "interrupted");
        simulation.Timeout(1).AddCallback(_ =>
        {
            crane.Fail(new Breakdown("STS-1"));
            interrupted.Interrupt(new Breakdown("STS-2"));
        });

        // When
        simulation.Run();

        // Then both see their record as the fault cause
        Assert.Equal(
            "1:failed:Breakdown { Crane = STS-1 } 1:interrupted:Breakdown { Crane = STS-2 }",
            trace.ToString());
    }

    [Fact]
    public void Fail_NullCause_Throws()
    {
        var simulation = new Simulation();

        Assert.Throws<ArgumentNullException>(() => simulation.Event().Fail(null!));
    }

    [Fact]
    public void RunEvent_FailedWithNonException_ThrowsEventFailedExceptionCarryingTheCause()
    {
        var simulation = new Simulation();
        var failing = simulation.Event();
        var cause = new Breakdown("RTG-4");
        failing.Fail(cause);

        var error = Assert.Throws<EventFailedException>(() => simulation.Run(failing));

        Assert.Same(cause, error.Cause);
        Assert.Same(failing, error.Event);
    }

    [Fact]
    public void ProcessFail_RecordCause_JoiningProcessSeesIt()
    {
        var simulation = new Simulation();
        var cause = new Breakdown("boiler");
        IEnumerable<Event> Boiler()
        {
            yield return simulation.Timeout(1);
            simulation.ActiveProcess!.Fail(cause);
        }

        var boiler = simulation.Process(Boiler());
        object? seen = null;
        IEnumerable<Event> Joiner()
        {
            yield return boiler;
            var self = simulation.ActiveProcess!;
            seen = self.HandleFault() ? self.FaultCause : null;
        }

        simulation.Process(Joiner());
        simulation.Run();

        Assert.Same(cause, seen);
    }
}
