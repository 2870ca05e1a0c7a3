using CorridorSim.Corridor.Spec;
using QuikGraph;
using QuikGraph.Algorithms;

namespace CorridorSim.Corridor.Network;

/// <summary>
/// The corridor as a graph: facilities (origins, borders, ports, destinations) are vertices, and each rail
/// leg, road leg and sea service gives an edge in each direction.
/// </summary>
/// <remarks>
/// Used to check that a route's consecutive facilities are joined, to price a route by its expected
/// (uncongested) time, and to find the shortest expected path between two facilities with Dijkstra.
/// Origins are only left and destinations only reached, so no path passes through either.
/// </remarks>
internal sealed class CorridorNetwork
{
    private readonly CorridorSpec _spec;
    private readonly HashSet<string> _origins;
    private readonly HashSet<string> _destinations;

    private CorridorNetwork(CorridorSpec spec)
    {
        _spec = spec;
        _origins = new HashSet<string>(spec.Origins.Select(o => o.Name), StringComparer.Ordinal);
        _destinations = new HashSet<string>(spec.Destinations.Select(d => d.Name), StringComparer.Ordinal);
        Graph = new BidirectionalGraph<string, CorridorLink>(allowParallelEdges: true);
        foreach (var name in FacilityNames(spec))
        {
            Graph.AddVertex(name);
        }

        foreach (var leg in spec.RailLegs)
        {
            AddBothWays(leg.From, leg.To, LinkKind.Rail, leg.Name, null, false);
        }

        foreach (var road in spec.RoadLegs)
        {
            AddBothWays(road.From, road.To, LinkKind.Road, road.Name, null, false);
        }

        foreach (var sea in spec.SeaServices)
        {
            AddBothWays(sea.EastPort, sea.WestPort, LinkKind.Sea, sea.Name, sea.VesselClass, sea.CapacityTrucks > 0);
        }
    }

    /// <summary>The QuikGraph graph of facilities and links.</summary>
    public BidirectionalGraph<string, CorridorLink> Graph { get; }

    /// <summary>Builds the graph of <paramref name="spec"/>; legs naming unknown facilities add those names as vertices.</summary>
    public static CorridorNetwork Build(CorridorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new CorridorNetwork(spec);
    }

    /// <summary>Every origin, destination, border and port name, in spec order.</summary>
    public static IEnumerable<string> FacilityNames(CorridorSpec spec) =>
        spec.Origins.Select(o => o.Name)
            .Concat(spec.Destinations.Select(d => d.Name))
            .Concat(spec.Borders.Select(b => b.Name))
            .Concat(spec.Ports.Select(p => p.Name));

    /// <summary>The first link, in spec order, that carries <paramref name="unit"/> from one facility to the next, or null.</summary>
    public CorridorLink? LinkFor(string from, string to, CargoUnit unit)
    {
        if (!Graph.ContainsVertex(from))
        {
            return null;
        }

        foreach (var link in Graph.OutEdges(from))
        {
            if (link.Target == to && link.Carries(unit))
            {
                return link;
            }
        }

        return null;
    }

    /// <summary>
    /// The expected hours of a route with no congestion: each link's travel or sailing time, plus the
    /// expected service at every border and port it meets on the way.
    /// </summary>
    public double ExpectedRouteHours(IReadOnlyList<string> via, CargoUnit unit, Direction direction)
    {
        var hours = 0.0;
        for (var i = 0; i + 1 < via.Count; i++)
        {
            var link = LinkFor(via[i], via[i + 1], unit);
            hours += link is null ? double.PositiveInfinity : ExpectedLinkHours(link, unit, direction);
        }

        return hours;
    }

    /// <summary>
    /// The facilities of the shortest expected-time path from <paramref name="from"/> to <paramref name="to"/>
    /// for cargo of <paramref name="unit"/>, found with Dijkstra; null when no path exists.
    /// </summary>
    public IReadOnlyList<string>? ShortestPath(string from, string to, CargoUnit unit, Direction direction)
    {
        if (!Graph.ContainsVertex(from) || !Graph.ContainsVertex(to))
        {
            return null;
        }

        const double Unusable = 1e12;
        double Weight(CorridorLink link) =>
            !link.Carries(unit) || _origins.Contains(link.Target) || (_destinations.Contains(link.Source) && link.Source != from)
                ? Unusable
                : ExpectedLinkHours(link, unit, direction);

        var paths = Graph.ShortestPathsDijkstra(Weight, from);
        if (!paths(to, out var edges))
        {
            return null;
        }

        var list = edges.ToList();
        if (list.Sum(Weight) >= Unusable)
        {
            return null;
        }

        var via = new List<string> { from };
        via.AddRange(list.Select(e => e.Target));
        return via;
    }

    private void AddBothWays(string from, string to, LinkKind kind, string name, VesselClass? vesselClass, bool trucks)
    {
        Graph.AddVerticesAndEdge(new CorridorLink(from, to, kind, name, true, vesselClass, trucks));
        Graph.AddVerticesAndEdge(new CorridorLink(to, from, kind, name, false, vesselClass, trucks));
    }

    private double ExpectedLinkHours(CorridorLink link, CargoUnit unit, Direction direction)
    {
        var travel = link.Kind switch
        {
            LinkKind.Rail => _spec.RailLegs.First(l => l.Name == link.Name).TravelHours.ExpectedValue,
            LinkKind.Road => _spec.RoadLegs.First(l => l.Name == link.Name).TravelHours.ExpectedValue,
            _ => ExpectedSeaHours(link),
        };
        return travel + ExpectedServiceHours(link.Target, unit, direction);
    }

    private double ExpectedSeaHours(CorridorLink link)
    {
        var service = _spec.SeaServices.First(s => s.Name == link.Name);
        return service.SailingHours.ExpectedValue
            + PortHandlingHours(link.Source, service.VesselClass)
            + PortHandlingHours(link.Target, service.VesselClass);
    }

    private double PortHandlingHours(string portName, VesselClass vesselClass)
    {
        var port = _spec.Ports.FirstOrDefault(p => p.Name == portName);
        return port?.HandlingHours(vesselClass) ?? 0;
    }

    private double ExpectedServiceHours(string facility, CargoUnit unit, Direction direction)
    {
        var border = _spec.Borders.FirstOrDefault(b => b.Name == facility);
        if (border is null)
        {
            return 0;
        }

        var side = direction == Direction.Westbound ? border.Westbound : border.Eastbound;
        var regime = side.Customs is { } post ? _spec.CustomsRegimes.FirstOrDefault(r => r.Name == post.Regime) : null;
        return side.ExpectedServiceHours(unit, regime);
    }
}
