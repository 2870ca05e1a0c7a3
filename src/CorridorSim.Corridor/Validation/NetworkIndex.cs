using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

/// <summary>The facilities of a spec by name, and the legs and sea services that join each pair of them.</summary>
internal sealed class NetworkIndex
{
    private readonly Dictionary<string, string> _facilityKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<NetworkLink>> _links = [];

    public NetworkIndex(CorridorSpec spec)
    {
        foreach (var (list, name) in NamedParts(spec).Where(p => p.List is "origins" or "destinations" or "borders" or "ports"))
            _facilityKinds.TryAdd(name, list);
        foreach (var leg in spec.RailLegs) Add(new NetworkLink("rail_legs", leg.Name, leg.From, leg.To, null, null));
        foreach (var leg in spec.RoadLegs) Add(new NetworkLink("road_legs", leg.Name, leg.From, leg.To, null, null));
        foreach (var service in spec.SeaServices)
            Add(new NetworkLink("sea_services", service.Name, service.EastPort, service.WestPort, service.VesselClass, service));
    }

    public IEnumerable<string> Facilities => _facilityKinds.Keys;

    /// <summary>
    /// Whether an empty name means the value failed to map (and was reported by the loader), rather than that
    /// the scenario wrote "" for it; set for a spec the loader mapped only in part.
    /// </summary>
    public bool EmptyMeansUnmapped { get; init; }

    /// <summary>Whether a reference to <paramref name="name"/> is left unchecked, having failed to map.</summary>
    public bool Unmapped(string name) => name.Length == 0 && EmptyMeansUnmapped;

    public bool IsFacility(string name) => _facilityKinds.ContainsKey(name);

    public IReadOnlyList<string> Ports(CorridorSpec spec) => spec.Ports.Select(p => p.Name).ToList();

    /// <summary>Every link between <paramref name="a"/> and <paramref name="b"/>, whichever way it runs.</summary>
    public IReadOnlyList<NetworkLink> Between(string a, string b) =>
        _links.TryGetValue(Key(a, b), out var links) ? links : [];

    /// <summary>The names that must be unique across the network, with the list each comes from.</summary>
    public static IEnumerable<(string List, string Name)> NamedParts(CorridorSpec spec) =>
        spec.Origins.Select(o => ("origins", o.Name))
            .Concat(spec.Destinations.Select(d => ("destinations", d.Name)))
            .Concat(spec.Borders.Select(b => ("borders", b.Name)))
            .Concat(spec.Ports.Select(p => ("ports", p.Name)))
            .Concat(spec.RailLegs.Select(l => ("rail_legs", l.Name)))
            .Concat(spec.RoadLegs.Select(l => ("road_legs", l.Name)))
            .Concat(spec.SeaServices.Select(s => ("sea_services", s.Name)));

    private void Add(NetworkLink link)
    {
        if (link.WestboundFrom.Length == 0 || link.WestboundTo.Length == 0) return;
        var key = Key(link.WestboundFrom, link.WestboundTo);
        if (!_links.TryGetValue(key, out var list)) _links[key] = list = [];
        list.Add(link);
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
