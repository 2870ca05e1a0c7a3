namespace CorridorSim.Corridor.Spec;

/// <summary>
/// Everything that differs by vessel class: what a load is counted in, what boards, which berths the
/// vessels use, and the scenario keys of those berths and of the yard that feeds them. One row of
/// <see cref="VesselClassRules"/>.
/// </summary>
/// <param name="Class">The vessel class.</param>
/// <param name="Berth">The kind of berth its vessels load and unload at.</param>
/// <param name="BerthKey">The port key that counts those berths (<c>ferry_berths</c>).</param>
/// <param name="HandlingHoursKey">The port key of their handling time (<c>ferry_load_hours</c>).</param>
/// <param name="BerthWords">The berths in words for capacity findings (<c>rail-ferry</c> berths).</param>
/// <param name="LoadUnit">What a vessel's load is counted in, as <c>nodes.csv</c> writes it.</param>
/// <param name="CapacityWords">What the fleet capacity is counted in, for capacity findings.</param>
/// <param name="CapacityKey">The sea-service key of one vessel's capacity.</param>
/// <param name="YardKey">The port key of the yard that holds this class's cargo.</param>
public sealed record VesselClassRule(
    VesselClass Class,
    BerthKind Berth,
    string BerthKey,
    string HandlingHoursKey,
    string BerthWords,
    string LoadUnit,
    string CapacityWords,
    string CapacityKey,
    string YardKey)
{
    /// <summary>
    /// The sea-service capacity keys a service of this class reads: <see cref="CapacityKey"/> and, on a rail
    /// ferry, its truck places (<c>capacity_trucks</c>); any other capacity key is ignored for the class.
    /// </summary>
    public IReadOnlyList<string> CapacityKeys => Class == VesselClass.RailFerry ? [CapacityKey, "capacity_trucks"] : [CapacityKey];

    /// <summary>Whether the capacity counts whole things (wagon slots, teu) rather than tonnes.</summary>
    public bool CountsWholeUnits => Class != VesselClass.Tanker;

    /// <summary>One vessel's capacity in <see cref="LoadUnit"/>.</summary>
    public double Capacity(SeaServiceSpec service) => Class switch
    {
        VesselClass.RailFerry => service.CapacityWagons,
        VesselClass.ContainerFeeder => service.CapacityTeu,
        _ => service.CapacityTonnes,
    };

    /// <summary>
    /// Whether a consignment of <paramref name="unit"/> boards: wagons, and trucks where a truck capacity is
    /// set, board rail ferries; containers board feeders; oil parcels board tankers.
    /// </summary>
    public bool Boards(CargoUnit unit, bool trucksBoard) => Class switch
    {
        VesselClass.RailFerry => unit is CargoUnit.Wagon || (unit is CargoUnit.Truck && trucksBoard),
        VesselClass.ContainerFeeder => unit is CargoUnit.Container,
        _ => unit is CargoUnit.OilParcel,
    };

    /// <summary>
    /// The load one consignment takes aboard, in <see cref="LoadUnit"/>: a wagon one deck slot, a truck its
    /// share of the deck (wagon slots over truck places), a container its TEU, an oil parcel its tonnes.
    /// </summary>
    public double UnitLoad(SeaServiceSpec service, CargoUnit unit, double teuPerUnit, double tonnesPerUnit) => Class switch
    {
        VesselClass.RailFerry => unit == CargoUnit.Truck ? (double)service.CapacityWagons / Math.Max(1, service.CapacityTrucks) : 1.0,
        VesselClass.ContainerFeeder => teuPerUnit,
        _ => tonnesPerUnit,
    };

    /// <summary>The yard capacity at <paramref name="port"/> that holds this class's cargo.</summary>
    public double YardCapacity(PortSpec port) => Class switch
    {
        VesselClass.RailFerry => port.YardCapacityWagons,
        VesselClass.ContainerFeeder => port.YardCapacityTeu,
        _ => port.YardCapacityTonnes,
    };
}
