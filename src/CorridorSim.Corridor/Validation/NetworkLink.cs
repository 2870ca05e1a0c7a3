using CorridorSim.Corridor.Network;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Validation;

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
    /// <remarks>The rule is the routing's own, <see cref="LinkCarriage"/>.</remarks>
    public bool Carries(CargoUnit unit) => LinkCarriage.Carries(
        List switch
        {
            "rail_legs" => LinkKind.Rail,
            "road_legs" => LinkKind.Road,
            _ => LinkKind.Sea,
        },
        VesselClass,
        Service is { CapacityTrucks: > 0 },
        unit);
}
