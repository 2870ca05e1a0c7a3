namespace CorridorSim.Corridor.Vocabulary;

/// <summary>
/// What kind of place of the corridor a facility is. Tables and reports spell it by
/// <see cref="SnakeCase"/> (<c>rail_leg</c>, <c>sea_service</c>).
/// </summary>
public enum FacilityKind
{
    /// <summary>Where a flow's cargo is created.</summary>
    Origin,

    /// <summary>A border crossing with its two sides' controls.</summary>
    Border,

    /// <summary>A port with berths and yards.</summary>
    Port,

    /// <summary>A rail leg between two stops.</summary>
    RailLeg,

    /// <summary>A road leg between two stops.</summary>
    RoadLeg,

    /// <summary>A sea service of vessels between two ports.</summary>
    SeaService,

    /// <summary>Where a flow's cargo is delivered.</summary>
    Destination,
}
