using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Validation;

namespace CorridorSim.Scenarios.Checks;

/// <summary>
/// Checks across the items of a spec: names unique across the network, every reference naming something
/// that exists, ports able to serve the vessels that call, and every route a connected path.
/// </summary>
/// <remarks>
/// Implementation note: the model's <c>SpecValidator</c> covers much the same ground, but it can only run on a
/// spec that mapped cleanly; these checks run alongside the key-by-key errors, so a user sees a misspelt
/// facility and a negative fleet in one pass, with "did you mean" and the allowed names. The model's
/// validator then runs as a backstop (<see cref="ModelChecks"/>). Values that failed to map (empty names,
/// NaN) are skipped so one mistake is reported once.
/// </remarks>
internal static partial class SpecChecks
{
    public static IReadOnlyList<SpecIssue> Check(CorridorSpec spec)
    {
        var issues = new List<SpecIssue>();
        var network = new NetworkIndex(spec);
        UniqueNames(spec, issues);
        Legs(spec, network, issues);
        SeaServices(spec, network, issues);
        CustomsPosts(spec, issues);
        Flows(spec, network, issues);
        Closures(spec, network, issues);
        return issues;
    }

    private static void UniqueNames(CorridorSpec spec, List<SpecIssue> issues)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (list, name) in NetworkIndex.NamedParts(spec))
        {
            if (name.Length == 0) continue;
            if (owners.TryGetValue(name, out var first) && first != list)
                issues.Add(new SpecIssue($"{list}.{name}", $"the name '{name}' is also used in {first}", name,
                    "names unique across origins, destinations, borders, ports, legs and sea services (routes, storms and disruptions refer to them by name)"));
            else owners.TryAdd(name, list);
        }
    }

    private static void Legs(CorridorSpec spec, NetworkIndex network, List<SpecIssue> issues)
    {
        foreach (var (list, name, from, to) in spec.RailLegs.Select(l => ("rail_legs", l.Name, l.From, l.To))
                     .Concat(spec.RoadLegs.Select(l => ("road_legs", l.Name, l.From, l.To))))
        {
            FacilityReference(network, issues, $"{list}.{name}.from", from);
            FacilityReference(network, issues, $"{list}.{name}.to", to);
            if (from.Length > 0 && from == to)
                issues.Add(new SpecIssue($"{list}.{name}.to", $"the leg starts and ends at '{from}'", to, "two different facilities"));
        }
    }

    private static void FacilityReference(NetworkIndex network, List<SpecIssue> issues, string keyPath, string name)
    {
        if (name.Length == 0 || network.IsFacility(name)) return;
        issues.Add(Unknown(keyPath, name, "facility", network.Facilities));
    }

    private static void CustomsPosts(CorridorSpec spec, List<SpecIssue> issues)
    {
        var regimes = spec.CustomsRegimes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var posts = spec.Borders.SelectMany(b => new[] { ($"borders.{b.Name}.westbound.customs", b.Westbound?.Customs), ($"borders.{b.Name}.eastbound.customs", b.Eastbound?.Customs) })
            .Concat(spec.Ports.Select(p => ($"ports.{p.Name}.customs", p.Customs)));
        foreach (var (path, post) in posts)
        {
            if (post is null || post.Regime.Length == 0 || regimes.Contains(post.Regime)) continue;
            issues.Add(Unknown($"{path}.regime", post.Regime, "customs regime", regimes));
        }
    }

    private static void Closures(CorridorSpec spec, NetworkIndex network, List<SpecIssue> issues)
    {
        var closable = spec.Ports.Select(p => p.Name).Concat(spec.Borders.Select(b => b.Name)).Concat(spec.SeaServices.Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var storm in spec.Storms)
            for (var i = 0; i < storm.Closes.Count; i++)
                if (storm.Closes[i].Length > 0 && !closable.Contains(storm.Closes[i]))
                    issues.Add(Unknown($"storms.{storm.Name}.closes[{i}]", storm.Closes[i], "port, border or sea service", closable));

        var anything = network.Facilities.Concat(spec.RailLegs.Select(l => l.Name)).Concat(spec.RoadLegs.Select(l => l.Name))
            .Concat(spec.SeaServices.Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var disruption in spec.Disruptions)
        {
            if (disruption.Closes.Length > 0 && !anything.Contains(disruption.Closes))
                issues.Add(Unknown($"disruptions.{disruption.Name}.closes", disruption.Closes, "facility, leg or sea service", anything));
            if (disruption.StartDay >= spec.HorizonDays)
                issues.Add(new SpecIssue($"disruptions.{disruption.Name}.start_day", $"the disruption starts on day {disruption.StartDay}, after the horizon",
                    disruption.StartDay.ToString(System.Globalization.CultureInfo.InvariantCulture), $"a day before horizon_days ({spec.HorizonDays})", IsWarning: true));
        }
    }

    private static SpecIssue Unknown(string keyPath, string name, string what, IEnumerable<string> known)
    {
        var list = known.ToList();
        var hint = NameSuggestion.Nearest(name, list) is { } near ? $" (did you mean '{near}'?)" : "";
        var allowed = list.Count == 0 ? $"the name of a {what} (none is defined)" : $"the name of a {what}: {NameSuggestion.List(list)}";
        return new SpecIssue(keyPath, $"no {what} is named '{name}'{Yaml.InvisibleCharacters.Note(name)}{hint}", name, allowed);
    }
}
