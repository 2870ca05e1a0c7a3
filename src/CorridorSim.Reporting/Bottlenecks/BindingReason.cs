namespace CorridorSim.Reporting.Bottlenecks;

/// <summary>Why a facility holds cargo back, as the bottleneck ranking reads it from the statistics.</summary>
/// <remarks>The rule that picks one is on <see cref="BottleneckRanking"/>.</remarks>
public enum BindingReason
{
    /// <summary>No consignment waited there: it does not bind.</summary>
    None,

    /// <summary>Its capacity (berths, tracks, lanes, vessels) is busy most of the time, so arrivals queue for it.</summary>
    Capacity,

    /// <summary>Storms or disruptions closed it for a large part of the window and cargo waited out the closures.</summary>
    Closures,

    /// <summary>
    /// Cargo waits there although its capacity is mostly idle and it seldom closes: something beyond it
    /// holds cargo back (a full yard or too few sailings downstream, trains waiting to fill).
    /// </summary>
    UpstreamBlocking,
}
