namespace CorridorSim.Kernel;

/// <summary>
/// Where a <see cref="Request"/> stands with its resource.
/// </summary>
public enum RequestStatus
{
    /// <summary>Waiting in the resource's queue.</summary>
    Queued,

    /// <summary>Holding a unit.</summary>
    Granted,

    /// <summary>Gave its unit back (release or dispose after the grant).</summary>
    Released,

    /// <summary>Lost its unit to a more urgent request; disposing it does nothing.</summary>
    Preempted,

    /// <summary>Left the queue before it was granted (renege).</summary>
    Cancelled,
}
