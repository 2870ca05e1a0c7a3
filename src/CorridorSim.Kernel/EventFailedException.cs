namespace CorridorSim.Kernel;

/// <summary>
/// Thrown by <see cref="Simulation.Run(Event)"/> when the event it runs until failed with a cause that is not
/// itself an exception (a failure cause, like an interrupt cause, may be any object).
/// </summary>
public sealed class EventFailedException : Exception
{
    /// <summary>Creates the exception for <paramref name="failed"/>, whose value is the failure cause.</summary>
    public EventFailedException(Event failed)
        : base($"{failed} failed: {failed?.Value ?? "no cause given"}.")
    {
        ArgumentNullException.ThrowIfNull(failed);
        Event = failed;
        Cause = failed.Value;
    }

    /// <summary>The event that failed.</summary>
    public Event Event { get; }

    /// <summary>Why it failed: the object passed to <see cref="Kernel.Event.Fail"/>.</summary>
    public object? Cause { get; }
}
