namespace CorridorSim.Kernel;

/// <summary>
/// The stage an <see cref="Event"/> has reached in its life cycle.
/// </summary>
public enum EventState : byte
{
    /// <summary>The event may still happen: nobody has succeeded or failed it yet.</summary>
    Pending,

    /// <summary>The event is going to happen: it has an outcome and waits in the event queue.</summary>
    Triggered,

    /// <summary>The event has happened: the simulation took it from the queue and ran its callbacks.</summary>
    Processed,
}
