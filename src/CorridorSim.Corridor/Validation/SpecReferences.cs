using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

/// <summary>
/// Checks across the items and values of a spec: the warm-up inside the horizon, names unique across the
/// network, every reference naming something that exists, ports able to serve the vessels that call, and every
/// route a connected path.
/// </summary>
/// <remarks>
/// These are the one place for such checks, and they tolerate a spec mapped only in part: values that failed
/// to map (empty names, NaN) are skipped, so a user sees a misspelt facility and a negative fleet in one pass,
/// each once, with "did you mean" and the allowed names. <see cref="SpecValidator"/> runs them first.
/// </remarks>
internal static partial class SpecReferences
{
    /// <param name="spec">The spec, as far as it mapped.</param>
    /// <param name="partlyMapped">Whether the loader mapped it only in part, so an empty name is a value it already reported.</param>
    public static List<SpecProblem> Check(CorridorSpec spec, bool partlyMapped)
    {
        var issues = new List<SpecProblem>();
        var network = new NetworkIndex(spec) { EmptyMeansUnmapped = partlyMapped };
        WarmupInsideHorizon(spec, issues);
        UniqueNames(spec, issues);
        Legs(spec, network, issues);
        SeaServices(spec, network, issues);
        CustomsPosts(spec, network, issues);
        Flows(spec, network, issues);
        Closures(spec, network, issues);
        return issues;
    }

    private static void WarmupInsideHorizon(CorridorSpec spec, List<SpecProblem> issues)
    {
        if (!(spec.WarmupDays >= spec.HorizonDays)) return;
        var (warmup, horizon) = (Number(spec.WarmupDays), Number(spec.HorizonDays));
        issues.Add(new SpecProblem("warmup_days", $"the warm-up of {warmup} days is not shorter than the horizon", warmup, $"fewer days than horizon_days ({horizon})"));
    }

    /// <summary>A number as a scenario would write it back: the shortest text that reads as the same value.</summary>
    private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static void UniqueNames(CorridorSpec spec, List<SpecProblem> issues)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (list, name) in NetworkIndex.NamedParts(spec))
        {
            if (name.Length == 0) continue;
            if (owners.TryGetValue(name, out var first) && first != list)
                issues.Add(new SpecProblem($"{list}.{name}", $"the name '{name}' is also used in {first}", name,
                    "names unique across origins, destinations, borders, ports, legs and sea services (routes, storms and disruptions refer to them by name)"));
            else owners.TryAdd(name, list);
        }
    }

    private static void Legs(CorridorSpec spec, NetworkIndex network, List<SpecProblem> issues)
    {
        foreach (var (list, name, from, to) in spec.RailLegs.Select(l => ("rail_legs", l.Name, l.From, l.To))
                     .Concat(spec.RoadLegs.Select(l => ("road_legs", l.Name, l.From, l.To))))
        {
            FacilityReference(network, issues, $"{list}.{name}.from", from);
            FacilityReference(network, issues, $"{list}.{name}.to", to);
            if (from.Length > 0 && from == to)
                issues.Add(new SpecProblem($"{list}.{name}.to", $"the leg starts and ends at '{from}'", to, "two different facilities"));
        }
    }

    private static void FacilityReference(NetworkIndex network, List<SpecProblem> issues, string keyPath, string name)
    {
        if (network.Unmapped(name) || network.IsFacility(name)) return;
        issues.Add(Unknown(keyPath, name, "facility", network.Facilities));
    }

    private static void CustomsPosts(CorridorSpec spec, NetworkIndex network, List<SpecProblem> issues)
    {
        var regimes = spec.CustomsRegimes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var posts = spec.Borders.SelectMany(b => new[] { ($"borders.{b.Name}.westbound.customs", b.Westbound?.Customs), ($"borders.{b.Name}.eastbound.customs", b.Eastbound?.Customs) })
            .Concat(spec.Ports.Select(p => ($"ports.{p.Name}.customs", p.Customs)));
        foreach (var (path, post) in posts)
        {
            if (post is null || network.Unmapped(post.Regime) || regimes.Contains(post.Regime)) continue;
            issues.Add(Unknown($"{path}.regime", post.Regime, "customs regime", regimes));
        }
    }

    private static void Closures(CorridorSpec spec, NetworkIndex network, List<SpecProblem> issues)
    {
        var closable = spec.Ports.Select(p => p.Name).Concat(spec.Borders.Select(b => b.Name)).Concat(spec.SeaServices.Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var storm in spec.Storms)
            for (var i = 0; i < storm.Closes.Count; i++)
                if (!network.Unmapped(storm.Closes[i]) && !closable.Contains(storm.Closes[i]))
                    issues.Add(Unknown($"storms.{storm.Name}.closes[{i}]", storm.Closes[i], "port, border or sea service", closable));

        var anything = network.Facilities.Concat(spec.RailLegs.Select(l => l.Name)).Concat(spec.RoadLegs.Select(l => l.Name))
            .Concat(spec.SeaServices.Select(s => s.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var disruption in spec.Disruptions)
        {
            if (!network.Unmapped(disruption.Closes) && !anything.Contains(disruption.Closes))
                issues.Add(Unknown($"disruptions.{disruption.Name}.closes", disruption.Closes, "facility, leg or sea service", anything));
            if (disruption.StartDay >= spec.HorizonDays)
                issues.Add(new SpecProblem($"disruptions.{disruption.Name}.start_day", $"the disruption starts on day {disruption.StartDay}, after the horizon",
                    disruption.StartDay.ToString(System.Globalization.CultureInfo.InvariantCulture), $"a day before horizon_days ({spec.HorizonDays})", ProblemSeverity.Warning));
        }
    }

    private static SpecProblem Unknown(string keyPath, string name, string what, IEnumerable<string> known)
    {
        var list = known.ToList();
        var hint = NameSuggestion.Nearest(name, list) is { } near ? $" (did you mean '{near}'?)" : "";
        var allowed = list.Count == 0 ? $"the name of a {what} (none is defined)" : $"the name of a {what}: {NameSuggestion.List(list)}";
        return new SpecProblem(keyPath, $"no {what} is named '{name}'{InvisibleCharacters.Note(name)}{hint}", name, allowed);
    }
}
