using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Network;

/// <summary>
/// Which link carries which unit, for routing and for the scenario checks alike: trucks drive road legs,
/// every other unit rides rail legs, and at sea what boards is the vessel class's rule.
/// </summary>
public static class LinkCarriage
{
    /// <summary>Whether a consignment of <paramref name="unit"/> can travel a link of <paramref name="kind"/>.</summary>
    /// <param name="kind">Rail leg, road leg or sea service.</param>
    /// <param name="vesselClass">For a sea service, its vessel class.</param>
    /// <param name="trucksBoard">For a rail-ferry service, whether a truck capacity is set.</param>
    /// <param name="unit">What the consignment is.</param>
    public static bool Carries(LinkKind kind, VesselClass? vesselClass, bool trucksBoard, CargoUnit unit) => kind switch
    {
        LinkKind.Rail => unit is not CargoUnit.Truck,
        LinkKind.Road => unit is CargoUnit.Truck,
        _ => VesselClassRules.For(vesselClass ?? VesselClass.Tanker).Boards(unit, trucksBoard),
    };
}
