using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Scenarios.Checks;

/// <summary>
/// One way to get between two facilities: a rail leg, a road leg or a sea service, with the facility at its
/// westbound start and end (for a sea service, the east and the west port).
/// </summary>
internal sealed record NetworkLink(string List, string Name, string WestboundFrom, string WestboundTo, VesselClass? VesselClass, SeaServiceSpec? Service)
{
    public string Kind => List switch
    {
        "rail_legs" => "rail leg",
        "road_legs" => "road leg",
        _ => $"{SnakeCase.Words(VesselClass!.Value)} service",
    };

    /// <summary>Whether a consignment of <paramref name="unit"/> can travel this link.</summary>
    /// <remarks>Trucks drive road legs; every other unit rides rail legs. At sea, wagons and trucks board rail ferries, containers feeders, oil parcels tankers.</remarks>
    public bool Carries(CargoUnit unit) => List switch
    {
        "rail_legs" => unit != CargoUnit.Truck,
        "road_legs" => unit == CargoUnit.Truck,
        _ => (unit, VesselClass) switch
        {
            (CargoUnit.Wagon, Corridor.Spec.VesselClass.RailFerry) => true,
            (CargoUnit.Truck, Corridor.Spec.VesselClass.RailFerry) => Service!.CapacityTrucks > 0,
            (CargoUnit.Container, Corridor.Spec.VesselClass.ContainerFeeder) => true,
            (CargoUnit.OilParcel, Corridor.Spec.VesselClass.Tanker) => true,
            _ => false,
        },
    };
}
