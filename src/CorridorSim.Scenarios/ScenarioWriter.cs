using CorridorSim.Corridor.Spec;
using CorridorSim.Scenarios.Writing;

namespace CorridorSim.Scenarios;

/// <summary>
/// Writes a <see cref="CorridorSpec"/> as a scenario file that loads back to an equal spec: every key
/// present, defaults included, in the order <c>scenarios/README.md</c> documents. This is
/// <c>scenario.resolved.yaml</c>, the record of exactly what a run simulated.
/// </summary>
public static partial class ScenarioWriter
{
    /// <summary>The scenario as resolved YAML: every key with its value, defaults included, so it reloads to the same spec.</summary>
    public static string Write(CorridorSpec spec)
    {
        var y = new YamlText();
        y.Comment("Resolved scenario: the scenario after extends and --set, with every default written out.");
        y.Comment("Loading this file gives the same corridor; see scenarios/README.md for the keys and their units.");
        y.Pair(0, "name", YamlText.Text(spec.Name));
        y.Pair(0, "description", YamlText.Text(spec.Description));
        y.Pair(0, "seed", spec.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        y.Pair(0, "replications", YamlText.Number(spec.Replications));
        y.Pair(0, "horizon_days", YamlText.Number(spec.HorizonDays));
        y.Pair(0, "warmup_days", YamlText.Number(spec.WarmupDays));
        y.Pair(0, "start_month", YamlText.Number(spec.StartMonth));
        y.Pair(0, "cohort_margin_days", YamlText.Number(spec.CohortMarginDays));
        Places(y, "origins", spec.Origins.Select(o => (o.Name, o.Position)));
        Places(y, "destinations", spec.Destinations.Select(d => (d.Name, d.Position)));
        Borders(y, spec.Borders);
        Ports(y, spec.Ports);
        Legs(y, spec);
        SeaServices(y, spec.SeaServices);
        CustomsRegimes(y, spec.CustomsRegimes);
        Flows(y, spec.Flows);
        Weather(y, spec);
        return y.ToString();
    }

    private static void Places(YamlText y, string key, IEnumerable<(string Name, GeoPoint? Position)> places)
    {
        var list = places.ToList();
        if (list.Count == 0) return;
        y.Key(0, key);
        foreach (var (name, position) in list)
        {
            y.Item(1, "name", YamlText.Text(name));
            Position(y, 2, position);
        }
    }

    /// <summary>A place's <c>lat</c> and <c>lon</c>, only when it has a position (the key's absence means "none").</summary>
    private static void Position(YamlText y, int indent, GeoPoint? position)
    {
        if (position is null) return;
        y.Pair(indent, "lat", YamlText.Number(position.Lat));
        y.Pair(indent, "lon", YamlText.Number(position.Lon));
    }

    private static void CustomsPost(YamlText y, int indent, CustomsPostSpec? post)
    {
        if (post is null) return;
        y.Key(indent, "customs");
        y.Pair(indent + 1, "regime", YamlText.Text(post.Regime));
        y.Pair(indent + 1, "document_officers", YamlText.Number(post.DocumentOfficers));
        y.Pair(indent + 1, "inspection_lanes", YamlText.Number(post.InspectionLanes));
    }
}
