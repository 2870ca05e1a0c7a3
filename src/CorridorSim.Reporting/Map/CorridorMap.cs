using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Map;

/// <summary>
/// The corridor as a map: its places at their positions (or in a schematic layout) and its legs with the
/// tonnes they carried. One model for both drawings, the inline SVG of <c>report.html</c> and
/// <c>charts/map.png</c>, so the two never show different numbers.
/// </summary>
/// <param name="Nodes">Origins, borders, ports and destinations, in the scenario's order.</param>
/// <param name="Legs">Rail legs, road legs and sea services whose ends are both nodes.</param>
/// <param name="Geographic">Whether the nodes stand at their latitude and longitude; false for the schematic layout.</param>
/// <param name="Aspect">Height of the map over its width.</param>
public sealed record CorridorMap(IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapLeg> Legs, bool Geographic, double Aspect)
{
    /// <summary>
    /// The land around the corridor in the map's units (country outlines of Natural Earth's 1:110m map), drawn
    /// under the legs so the Caspian and the Black Sea show as water; empty for a schematic layout.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Land { get; init; } = [];

    /// <summary>The most causes a node's tooltip lists.</summary>
    public const int CausesPerNode = 3;

    /// <summary>The map of one scenario's results.</summary>
    public static CorridorMap Of(ExperimentResult result) => Of(result.Spec, result, BottleneckRanking.Rank(result));

    /// <summary>The map of <paramref name="spec"/> with the figures of <paramref name="result"/> and its <paramref name="ranking"/>.</summary>
    public static CorridorMap Of(CorridorSpec spec, ExperimentResult result, IReadOnlyList<Bottleneck> ranking)
    {
        var places = Places(spec);
        var names = places.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var charged = ranking.GroupBy(b => b.Facility, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        double ShareOf(string facility) => charged.TryGetValue(facility, out var causes) ? causes.Sum(c => c.Share) : 0.0;
        var legs = LegsOf(spec, result)
            .Where(l => names.Contains(l.From) && names.Contains(l.To) && l.From != l.To)
            .Select(l => l with { WaitingShare = ShareOf(l.Name) })
            .ToList();
        var layout = places.Count > 0 && places.All(p => p.Position is not null)
            ? MapLayout.Projected(places.Select(p => p.Position!).ToList())
            : MapLayout.Schematic(places.Select(p => p.Name).ToList(), legs.Select(l => (l.From, l.To)).ToList());
        var waits = MeanOver(result, f => f.MeanWaitHours);
        var utilisations = MeanOver(result, f => f.Utilisation);
        var closures = MeanOver(result, f => f.ClosureHours);
        var nodes = places.Select((p, i) => new MapNode(
            p.Name,
            p.Kind,
            layout.Points[i].X,
            layout.Points[i].Y,
            p.Kind is FacilityKind.Origin or FacilityKind.Destination,
            ShareOf(p.Name),
            utilisations.GetValueOrDefault(p.Name),
            waits.GetValueOrDefault(p.Name),
            closures.GetValueOrDefault(p.Name),
            charged.TryGetValue(p.Name, out var causes)
                ? causes.OrderByDescending(c => c.Share).Take(CausesPerNode).Select(c => new MapCause(c.Cause.Words(), c.Share)).ToList()
                : [])).ToList();
        var land = layout.Project is { } project
            ? LandOutline.Rings.Select(ring => (IReadOnlyList<(double X, double Y)>)ring.Select(project).ToList()).ToList()
            : [];
        return new CorridorMap(nodes, legs, layout.Geographic, layout.Aspect) { Land = land };
    }

    private static List<(string Name, FacilityKind Kind, GeoPoint? Position)> Places(CorridorSpec spec) =>
    [
        .. spec.Origins.Select(o => (o.Name, FacilityKind.Origin, o.Position)),
        .. spec.Borders.Select(b => (b.Name, FacilityKind.Border, b.Position)),
        .. spec.Ports.Select(p => (p.Name, FacilityKind.Port, p.Position)),
        .. spec.Destinations.Select(d => (d.Name, FacilityKind.Destination, d.Position)),
    ];

    private static IEnumerable<MapLeg> LegsOf(CorridorSpec spec, ExperimentResult result)
    {
        var windowYears = (spec.HorizonDays - spec.WarmupDays) / 365.0;
        var tonnes = MeanOver(result, f => f.ThroughputTonnes);
        double PerYear(string name) => windowYears > 0.0 ? tonnes.GetValueOrDefault(name) / windowYears : 0.0;
        foreach (var leg in spec.RailLegs)
        {
            yield return new MapLeg(leg.Name, leg.From, leg.To, MapLegKind.Rail, PerYear(leg.Name));
        }

        foreach (var leg in spec.RoadLegs)
        {
            yield return new MapLeg(leg.Name, leg.From, leg.To, MapLegKind.Road, PerYear(leg.Name));
        }

        foreach (var service in spec.SeaServices)
        {
            yield return new MapLeg(service.Name, service.EastPort, service.WestPort, MapLegKind.Sea, PerYear(service.Name));
        }
    }

    private static Dictionary<string, double> MeanOver(ExperimentResult result, Func<Corridor.Results.FacilityStats, double> value) =>
        result.Replications
            .SelectMany(r => r.Facilities)
            .GroupBy(f => f.Facility, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(value), StringComparer.Ordinal);
}
