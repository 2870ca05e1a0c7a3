using CorridorSim.Corridor.Model;

namespace CorridorSim.Corridor.Routing;

/// <summary>One route of a flow, resolved to the running facilities it passes and the links between them.</summary>
/// <remarks>
/// <see cref="Links"/>[i] joins <see cref="Stops"/>[i] and <see cref="Stops"/>[i + 1]; <see cref="Forward"/>[i]
/// says whether the link is travelled from its spec <c>From</c> (or east port) end.
/// </remarks>
internal sealed class RouteModel
{
    public RouteModel(int index, string name, Facility[] stops, Facility[] links, bool[] forward, double share, double expectedHours)
    {
        Index = index;
        Name = name;
        Stops = stops;
        Links = links;
        Forward = forward;
        Share = share;
        ExpectedHours = expectedHours;
    }

    public int Index { get; }

    public string Name { get; }

    public Facility[] Stops { get; }

    public Facility[] Links { get; }

    public bool[] Forward { get; }

    /// <summary>The fraction of trains taking it under fixed shares.</summary>
    public double Share { get; }

    /// <summary>Its expected time with no congestion (for shortest-expected-time routing).</summary>
    public double ExpectedHours { get; }

    /// <summary>The position of <paramref name="stop"/> on this route, or −1.</summary>
    public int PositionOf(Facility stop) => Array.IndexOf(Stops, stop);
}
