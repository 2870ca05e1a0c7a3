namespace CorridorSim.Kernel;

public sealed partial class Process
{
    /// <summary>
    /// Interrupts the process: it stops waiting for its current event and is resumed at the current time
    /// with a fault whose <see cref="FaultCause"/> is <paramref name="cause"/>.
    /// </summary>
    /// <remarks>
    /// The process is detached from the event it waits for now, and again when the interrupt is delivered
    /// (from whatever it waits for by then), so two interrupts in one instant never leave it subscribed
    /// twice. The abandoned event is not cancelled: a timeout still fires, a resource request stays queued
    /// until it is disposed. Delivery is an ordinary event at <paramref name="priority"/>, queued after the
    /// events already there; if the process has ended by then, the interrupt is ignored.
    /// </remarks>
    /// <param name="cause">Why: any object, for instance a breakdown record or <see cref="Preempted"/>, as with <see cref="Event.Fail"/>.</param>
    /// <param name="priority">Order among events at the same time; <see cref="EventPriority.Normal"/> by default.</param>
    /// <exception cref="InvalidOperationException">The process has ended, or interrupts itself.</exception>
    public void Interrupt(object? cause = null, EventPriority priority = default)
    {
        if (!IsAlive)
        {
            throw new InvalidOperationException($"Process '{Name}' has ended and cannot be interrupted.");
        }

        if (Simulation.ActiveProcess == this)
        {
            throw new InvalidOperationException($"Process '{Name}' cannot interrupt itself.");
        }

        Detach();
        _ = new Interruption(this, cause, priority.Rank);
    }

    internal void Deliver(Interruption interruption)
    {
        if (!IsAlive)
        {
            return;
        }

        Detach();
        Resume(interruption);
    }

    private void Detach()
    {
        if (_target is not null)
        {
            _target.RemoveWaiter(this);
            _target = null;
        }
    }
}
