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
        var problems = new ProblemList();
        var names = new SpecNames(spec);
        RunSettings(spec, problems);
        UniqueNames(spec, problems);
        CustomsRegimes(spec, problems);
        Borders(spec, names, problems);
        Ports(spec, names, problems);
        Legs(spec, names, problems);
        SeaServices(spec, names, problems);
        Flows(spec, names, problems);
        Storms(spec, names, problems);
        Disruptions(spec, names, problems);
        Background(spec, names, problems);
        return problems.Problems;
    }

    private static void RunSettings(CorridorSpec spec, ProblemList problems)
    {
        problems.AtLeastOne("replications", spec.Replications);
        problems.Positive("horizon_days", spec.HorizonDays);
        problems.NotNegative("warmup_days", spec.WarmupDays);
        if (spec.WarmupDays >= spec.HorizonDays && spec.HorizonDays > 0)
        {
            problems.Add("warmup_days", $"must be shorter than horizon_days ({spec.HorizonDays}); got {spec.WarmupDays}.");
        }
    }

    private static void UniqueNames(CorridorSpec spec, ProblemList problems)
    {
        // Facilities, legs and sea services share one namespace: statistics, storms and disruptions name them.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Check(string section, IEnumerable<string?> itemNames)
        {
            var i = 0;
            foreach (var name in itemNames)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    problems.Add($"{section}[{i}].name", "is required.");
                }
                else if (!seen.Add(name))
                {
                    problems.Add($"{section}[{i}].name", $"'{name}' is already the name of another facility, leg or sea service; names must be unique.");
                }

                i++;
            }
        }

        Check("origins", spec.Origins.Select(o => o.Name));
        Check("destinations", spec.Destinations.Select(d => d.Name));
        Check("borders", spec.Borders.Select(b => b.Name));
        Check("ports", spec.Ports.Select(p => p.Name));
        Check("rail_legs", spec.RailLegs.Select(l => l.Name));
        Check("road_legs", spec.RoadLegs.Select(l => l.Name));
        Check("sea_services", spec.SeaServices.Select(s => s.Name));
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
                problems.Add($"{section}[{i}].name", "is required.");
            }
            else if (!seen.Add(name))
            {
                problems.Add($"{section}[{i}].name", $"'{name}' is used twice in {section}; names must be unique.");
            }

            i++;
        }
    }

    private static void Unknown(ProblemList problems, string path, string name, string what, IEnumerable<string> known) =>
        problems.Add(path, $"'{name}' is not a known {what}.{(NameSuggestion.Nearest(name ?? string.Empty, known.Order(StringComparer.Ordinal).ToList()) is { } near ? $" Did you mean '{near}'?" : string.Empty)}");
}
