namespace CorridorSim.Kernel;

/// <summary>
/// The delivery of an interrupt to a process: a failed event whose value is the interrupt cause.
/// </summary>
internal sealed class Interruption : Event
{
    private readonly Process _victim;

    public Interruption(Process victim, object? cause, int priority)
        : base(victim.Simulation)
    {
        _hasProcessingHook = true;
        _victim = victim;
        _ok = false;
        _value = cause;
        _state = EventState.Triggered;
        victim.Simulation.Schedule(this, 0, priority, ScheduleKind.Fire);
    }

    internal override void OnProcessing() => _victim.Deliver(this);
}
