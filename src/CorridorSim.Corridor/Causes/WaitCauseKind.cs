namespace CorridorSim.Corridor.Causes;

/// <summary>
/// What a consignment waited for: the kinds of cause every consignment-hour of waiting is charged to.
/// Tables spell them by <see cref="Vocabulary.SnakeCase"/> (<c>berth</c>, <c>train_path</c>).
/// </summary>
/// <remarks>
/// A wait for a vessel is not a kind of its own: it is split over what that service's vessels were doing
/// meanwhile (see <see cref="WaitCause"/>), so it lands on <see cref="Berth"/>, <see cref="Handling"/>,
/// <see cref="Vessels"/>, <see cref="Breakdowns"/>, <see cref="FullLoad"/> or <see cref="Closure"/>.
/// </remarks>
public enum WaitCauseKind
{
    /// <summary>A free berth of one kind (linkspan, container or oil berth) at a port.</summary>
    Berth,

    /// <summary>Vessels working cargo at a port's berths of one kind (the service's vessels were busy there).</summary>
    Handling,

    /// <summary>The vessels of a service themselves: they were at sea, so the fleet's size is what was missing.</summary>
    Vessels,

    /// <summary>Vessels of a service out of service after breakdowns.</summary>
    Breakdowns,

    /// <summary>Vessels of a service waiting at an anchorage for cargo under their sailing rule (a full load, a timetabled hour).</summary>
    FullLoad,

    /// <summary>A storm or disruption closing a port, border, leg, origin, destination or the sea.</summary>
    Closure,

    /// <summary>Room in a port's yard (wagon tracks, container stacks or the tank farm).</summary>
    YardSpace,

    /// <summary>A customs officer for the document check at a post.</summary>
    Officers,

    /// <summary>An inspection lane at a customs post.</summary>
    InspectionLanes,

    /// <summary>The capacity of a border procedure step or exchange tracks.</summary>
    BorderStep,

    /// <summary>A gauge-change track (1435 ↔ 1520 mm) at a border.</summary>
    GaugeChange,

    /// <summary>A train path onto a rail line.</summary>
    TrainPath,

    /// <summary>An empty wagon or container of a flow's pool at its origin.</summary>
    WagonPool,

    /// <summary>A train to be made up on a port's formation track.</summary>
    TrainFormation,
}
