using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

/// <summary>
/// The model's semantic check of a scenario: everything a schema cannot see, such as unknown facility
/// names, a route whose neighbouring facilities no leg joins, capacities that are not positive, route shares
/// that do not sum to one, or a distribution that cannot be drawn from.
/// </summary>
/// <remarks>
/// Every problem is collected, not just the first, each with the key path of the offending value, so that
/// the scenario loader can attach file, line and column. An empty list means the model can run the spec.
/// </remarks>
public static partial class SpecValidator
{
    /// <summary>Finds every semantic problem in <paramref name="spec"/>; an empty list means it is valid.</summary>
    public static IReadOnlyList<SpecProblem> Validate(CorridorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return [.. SpecReferences.Check(spec, partlyMapped: false), .. WholeSpec(spec)];
    }

    /// <summary>
    /// Finds the problems of a spec that a loader may have mapped only in part: the checks across items
    /// (unique names, references, routes) always run, each problem kept only where <paramref name="mapped"/>
    /// says its key path was mapped, so a value that failed to map is reported once, by the loader; the checks
    /// that need a whole spec run only when <paramref name="whole"/> and no check across items failed.
    /// </summary>
    /// <param name="spec">The spec as far as it mapped (values that failed to map are empty or NaN).</param>
    /// <param name="mapped">Whether the value at a key path mapped cleanly.</param>
    /// <param name="whole">Whether every value of the spec mapped.</param>
    public static IReadOnlyList<SpecProblem> Validate(CorridorSpec spec, Func<string, bool> mapped, bool whole)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(mapped);
        var across = SpecReferences.Check(spec, partlyMapped: !whole).Where(p => mapped(p.Path)).ToList();
        return !whole || across.Any(p => !p.IsWarning) ? across : [.. across, .. WholeSpec(spec)];
    }

    /// <summary>The checks that read a spec's values together and assume every value mapped.</summary>
    private static IReadOnlyList<SpecProblem> WholeSpec(CorridorSpec spec)
    {
        var problems = new ProblemList();
        var names = new SpecNames(spec);
        RunSettings(spec, problems);
        UniqueNames(spec, problems);
        CustomsRegimes(spec, problems);
        Borders(spec, names, problems);
        Ports(spec, names, problems);
        Legs(spec, problems);
        SeaServices(spec, problems);
        Flows(spec, names, problems);
        Storms(spec, problems);
        Disruptions(spec, problems);
        Background(spec, names, problems);
        return problems.Problems;
    }

    private static void RunSettings(CorridorSpec spec, ProblemList problems)
    {
        problems.AtLeastOne("replications", spec.Replications);
        problems.Positive("horizon_days", spec.HorizonDays);
        problems.NotNegative("warmup_days", spec.WarmupDays);

        // The warm-up inside the horizon is one of SpecReferences' checks, which run on a spec mapped in part.
    }

    private static void UniqueNames(CorridorSpec spec, ProblemList problems)
    {
        // A name used in two lists is one of SpecReferences' checks; here, the names each list needs.
        UniqueWithin("origins", spec.Origins.Select(o => o.Name), problems);
        UniqueWithin("destinations", spec.Destinations.Select(d => d.Name), problems);
        UniqueWithin("borders", spec.Borders.Select(b => b.Name), problems);
        UniqueWithin("ports", spec.Ports.Select(p => p.Name), problems);
        UniqueWithin("rail_legs", spec.RailLegs.Select(l => l.Name), problems);
        UniqueWithin("road_legs", spec.RoadLegs.Select(l => l.Name), problems);
        UniqueWithin("sea_services", spec.SeaServices.Select(s => s.Name), problems);
        UniqueWithin("customs_regimes", spec.CustomsRegimes.Select(r => r.Name), problems);
        UniqueWithin("flows", spec.Flows.Select(f => f.Name), problems);
        UniqueWithin("storms", spec.Storms.Select(s => s.Name), problems);
        UniqueWithin("disruptions", spec.Disruptions.Select(d => d.Name), problems);
    }

    private static void UniqueWithin(string section, IEnumerable<string?> itemNames, ProblemList problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var name in itemNames)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add($"{section}[{i}].name", "is required");
            }
            else if (!seen.Add(name))
            {
                problems.Add($"{section}[{i}].name", $"'{name}' is used twice in {section}; names must be unique");
            }

            i++;
        }
    }
}
