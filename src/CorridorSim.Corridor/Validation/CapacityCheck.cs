using CorridorSim.Corridor.Network;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

/// <summary>
/// The offered-load check run before a simulation: for each capacity of each facility (train paths,
/// exchange and gauge-change tracks, customs officers and lanes, berths, fleets), the yearly work the
/// demand brings against the yearly work the capacity can do, so that a user is warned of an overloaded
/// facility before waiting for the run.
/// </summary>
/// <remarks>
/// Demand is each flow's larger of its start and end levels (the peak of a ramp), shared over its routes by
/// their shares (fixed shares), all on the fastest route (shortest expected time), or evenly (least
/// congested). A flow's empties (its <c>empty_return_share</c>) load the way back: paths, border steps, deck
/// slots and berth time, no customs. Berths are offered their calls' handling hours (full loads at the port's
/// handling time) against their count × 8,760 h. Capacity is units × 8,760 hours ÷ the mean service time. Weather, breakdowns, batching and
/// randomness are left out, so a facility below 100 % can still queue badly; one above 100 % cannot keep up.
/// The spec is assumed valid.
/// </remarks>
public static class CapacityCheck
{
    /// <summary>The capacities whose offered load exceeds what they can serve in a year, most overloaded first.</summary>
    public static IReadOnlyList<CapacityFinding> Analyse(CorridorSpec spec) =>
        [.. AnalyseAll(spec).Where(f => f.OfferedPerYear > f.CapacityPerYear).OrderByDescending(f => f.Utilisation)];

    /// <summary>Every capacity that some demand uses, in spec order, with its offered load.</summary>
    public static IReadOnlyList<CapacityFinding> AnalyseAll(CorridorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var load = new OfferedLoad(spec);
        foreach (var flow in spec.Flows)
        {
            foreach (var (route, weight) in RouteWeights(spec, flow))
            {
                load.AddRoute(flow, route, weight);
            }
        }

        foreach (var background in spec.Background)
        {
            load.AddBackground(background);
        }

        return load.Findings();
    }

    private static IEnumerable<(RouteSpec Route, double Weight)> RouteWeights(CorridorSpec spec, FlowSpec flow)
    {
        switch (flow.Routing)
        {
            case RoutingPolicy.FixedShares:
                return flow.Routes.Select(r => (r, r.Share));
            case RoutingPolicy.ShortestExpectedTime:
                var network = CorridorNetwork.Build(spec);
                var best = flow.Routes.MinBy(r => network.ExpectedRouteHours(r.Via, flow.Unit, flow.Direction))!;
                return [(best, 1.0)];
            default:
                return flow.Routes.Select(r => (r, 1.0 / flow.Routes.Count));
        }
    }

    /// <summary>
    /// The key path of the facility, leg or sea service named <paramref name="name"/> (<c>ports.aktau</c>), the
    /// first one if the name is used twice, or "" if nothing has it: where a finding's warning points.
    /// </summary>
    public static string KeyPathOf(CorridorSpec spec, string name)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var (list, _) = NetworkIndex.NamedParts(spec).FirstOrDefault(p => p.Name == name);
        return list is null ? string.Empty : $"{list}.{name}";
    }
}
