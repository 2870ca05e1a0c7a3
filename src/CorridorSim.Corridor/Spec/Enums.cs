namespace CorridorSim.Corridor.Spec;

/// <summary>Which way cargo moves along the corridor: westbound is China → Europe.</summary>
public enum Direction
{
    /// <summary>From China towards Europe.</summary>
    Westbound,
    /// <summary>From Europe and the Caucasus towards Kazakhstan and China.</summary>
    Eastbound,
}

/// <summary>The physical unit a consignment is: one wagon, one container, one truck or one oil parcel.</summary>
public enum CargoUnit
{
    /// <summary>A rail wagon (on a rail ferry, a wagon slot).</summary>
    Wagon,
    /// <summary>A container, counted in TEU on feeders.</summary>
    Container,
    /// <summary>A road truck, which rides the ro-ro decks of the ferries.</summary>
    Truck,
    /// <summary>A parcel of oil, carried by tankers and measured in tonnes.</summary>
    OilParcel,
}

/// <summary>What a vessel class carries and how its capacity is counted.</summary>
public enum VesselClass
{
    /// <summary>A rail ferry: wagons and trucks share deck space (capacity_wagons, capacity_trucks).</summary>
    RailFerry,

    /// <summary>A container feeder: capacity in TEU.</summary>
    ContainerFeeder,

    /// <summary>A tanker: capacity in tonnes of oil.</summary>
    Tanker,
}

/// <summary>When a vessel that has cargo aboard leaves the berth.</summary>
public enum DeparturePolicy
{
    /// <summary>Sail only when full (or when no more cargo of its kind can fit).</summary>
    WhenFull,

    /// <summary>Sail at the timetabled hours, full or not (empty if nothing waits).</summary>
    Timetable,

    /// <summary>Sail when full, or <c>max_wait_hours</c> after the first cargo came aboard.</summary>
    MaxWait,
}

/// <summary>How a flow chooses among its routes.</summary>
public enum RoutingPolicy
{
    /// <summary>Each consignment train draws a route by the listed shares.</summary>
    FixedShares,

    /// <summary>Always the route with the least expected (uncongested) time.</summary>
    ShortestExpectedTime,

    /// <summary>At each decision point, the branch whose next facility holds the least work now.</summary>
    LeastCongested,
}
