using CorridorSim.Corridor.Spec;
using QuikGraph;

namespace CorridorSim.Corridor.Network;

/// <summary>
/// One direction of a rail leg, road leg or sea service between two facilities: an edge of the corridor graph.
/// </summary>
/// <param name="Source">The facility cargo leaves.</param>
/// <param name="Target">The facility cargo reaches.</param>
/// <param name="Kind">Rail, road or sea.</param>
/// <param name="Name">The leg's or sea service's name.</param>
/// <param name="Forward">True when travelled from the spec's <c>From</c> (or east port) to its <c>To</c> (or west port).</param>
/// <param name="VesselClass">For a sea link, what its vessels carry.</param>
/// <param name="CarriesTrucks">For a rail-ferry link, whether trucks can board (a truck capacity is set).</param>
internal sealed record CorridorLink(
    string Source,
    string Target,
    LinkKind Kind,
    string Name,
    bool Forward,
    VesselClass? VesselClass,
    bool CarriesTrucks) : IEdge<string>
{
    /// <summary>Whether a consignment of <paramref name="unit"/> can travel this link.</summary>
    public bool Carries(CargoUnit unit) => LinkCarriage.Carries(Kind, VesselClass, CarriesTrucks, unit);
}
