using System.Globalization;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Validation;

/// <summary>Flows: origin and destination exist, and every route is a path the flow's unit can travel, in its direction.</summary>
internal static partial class SpecReferences
{
    private const string HopAllowed =
        "consecutive facilities joined by a rail leg (wagons, containers, oil parcels), a road leg (trucks), " +
        "or two ports joined by a sea service whose vessels carry the unit (rail ferry: wagons and trucks; container feeder: containers; tanker: oil parcels)";

    private static void Flows(CorridorSpec spec, NetworkIndex network, List<SpecProblem> issues)
    {
        var origins = spec.Origins.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var destinations = spec.Destinations.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var flow in spec.Flows)
        {
            var path = $"flows.{flow.Name}";
            if (!network.Unmapped(flow.Origin) && !origins.Contains(flow.Origin))
                issues.Add(Unknown($"{path}.origin", flow.Origin, "origin", origins));
            if (!network.Unmapped(flow.Destination) && !destinations.Contains(flow.Destination))
                issues.Add(Unknown($"{path}.destination", flow.Destination, "destination", destinations));
            foreach (var route in flow.Routes) Route(flow, route, $"{path}.routes.{route.Name}", network, issues);
        }
    }

    private static void Route(FlowSpec flow, RouteSpec route, string path, NetworkIndex network, List<SpecProblem> issues)
    {
        var via = route.Via;
        if (via.Count < 2 || via.Any(network.Unmapped)) return;
        if (flow.Origin.Length > 0 && via[0] != flow.Origin)
            issues.Add(new SpecProblem($"{path}.via[0]", $"the route starts at '{via[0]}', not at the flow's origin", via[0], $"'{flow.Origin}'"));
        if (flow.Destination.Length > 0 && via[^1] != flow.Destination)
            issues.Add(new SpecProblem($"{path}.via[{via.Count - 1}]", $"the route ends at '{via[^1]}', not at the flow's destination", via[^1], $"'{flow.Destination}'"));

        var known = true;
        var passed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < via.Count; i++)
        {
            if (!network.IsFacility(via[i]))
            {
                issues.Add(Unknown($"{path}.via[{i}]", via[i], "facility", network.Facilities));
                known = false;
            }
            else if (!passed.Add(via[i]))
            {
                issues.Add(new SpecProblem($"{path}.via[{i}]", $"the route passes '{via[i]}' twice", via[i], "each facility at most once"));
                known = false;
            }
        }

        if (!known) return;
        for (var i = 1; i < via.Count; i++) Hop(flow, via[i - 1], via[i], $"{path}.via[{i}]", network, issues);
    }

    private static void Hop(FlowSpec flow, string from, string to, string path, NetworkIndex network, List<SpecProblem> issues)
    {
        var links = network.Between(from, to);
        var usable = links.Where(l => l.Carries(flow.Unit)).ToList();
        var unit = SnakeCase.Words(flow.Unit);
        if (usable.Count == 0)
        {
            var present = links.Count == 0 ? "nothing joins them" : "only " + NameSuggestion.List(links.Select(l => $"the {l.Kind} '{l.Name}'")) + " joins them";
            issues.Add(new SpecProblem(path, $"no way for a {unit} from '{from}' to '{to}': {present}", to, HopAllowed));
            return;
        }

        var westbound = flow.Direction == Direction.Westbound;
        if (usable.Any(l => westbound ? l.WestboundFrom == from : l.WestboundTo == from)) return;
        var link = usable[0];
        issues.Add(new SpecProblem(path,
            $"the {(westbound ? "westbound" : "eastbound")} flow travels the {link.Kind} '{link.Name}' from '{from}' to '{to}', against its {(westbound ? "westbound" : "eastbound")} direction " +
            $"(it runs westbound from '{link.WestboundFrom}' to '{link.WestboundTo}')",
            to, string.Create(CultureInfo.InvariantCulture, $"a route in the flow's direction, or direction: {(westbound ? "eastbound" : "westbound")}")));
    }
}
