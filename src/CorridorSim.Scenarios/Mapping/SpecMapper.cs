using CorridorSim.Corridor.Spec;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>
/// Maps a merged scenario document onto a <see cref="CorridorSpec"/>: every key read with its type, range and
/// default, and every check that needs only the value itself. Checks across items (references, routes)
/// are made afterwards on the spec, by the model's <see cref="Corridor.Validation.SpecValidator"/>.
/// </summary>
/// <remarks>Defaults here are the ones documented in <c>scenarios/README.md</c>; change both together.</remarks>
internal static partial class SpecMapper
{
    public const ulong DefaultSeed = 1;
    public const int DefaultReplications = 10;
    public const double DefaultHorizonDays = 365;
    public const double DefaultWarmupDays = 30;
    public const double DefaultTrainMaxWaitHours = 24;
    public const int DefaultStartMonth = 1;

    public static CorridorSpec Map(ScenarioMapping root, string defaultName, MapContext context)
    {
        var r = new MappingReader(root, "", context);
        var name = ScenarioName(r, defaultName);
        var description = r.Text("description", "");
        var seed = Seed(r);
        var replications = r.Whole("replications", NumberRule.Replications, DefaultReplications);
        var horizon = r.Number("horizon_days", NumberRule.HorizonDays, DefaultHorizonDays);
        var warmup = r.Number("warmup_days", NumberRule.Days, DefaultWarmupDays);

        var spec = new CorridorSpec(
            name,
            description,
            seed,
            replications,
            horizon,
            warmup,
            r.Items("origins", true, "origins").Select(i => Finished(i, new OriginSpec(i.ItemName!) { Position = Position(i) })).ToList(),
            r.Items("destinations", true, "destinations").Select(i => Finished(i, new DestinationSpec(i.ItemName!) { Position = Position(i) })).ToList(),
            r.Items("borders", false, "border crossings").Select(Border).ToList(),
            r.Items("ports", false, "ports").Select(Port).ToList(),
            r.Items("rail_legs", false, "rail legs").Select(RailLeg).ToList(),
            r.Items("road_legs", false, "road legs").Select(RoadLeg).ToList(),
            r.Items("sea_services", false, "sea services").Select(SeaService).ToList(),
            r.Items("customs_regimes", false, "customs regimes").Select(CustomsRegime).ToList(),
            r.Items("flows", true, "flows").Select(Flow).ToList(),
            r.Items("storms", false, "storm regimes").Select(Storm).ToList(),
            r.Items("disruptions", false, "disruptions").Select(Disruption).ToList())
        {
            StartMonth = r.Whole("start_month", NumberRule.CalendarMonth, DefaultStartMonth),
            Background = r.Items("background", false, "background flows").Select(Background).ToList(),
            CohortMarginDays = r.Number("cohort_margin_days", NumberRule.Days, CorridorSpec.DefaultCohortMarginDays),
        };
        r.Finish();
        return spec;
    }

    private static T Finished<T>(MappingReader reader, T value)
    {
        reader.Finish();
        return value;
    }

    private static string ScenarioName(MappingReader r, string defaultName)
    {
        var name = r.Text("name", defaultName);
        if (r.Has("name") && name.Length > 0 && !MappingReader.NamePattern().IsMatch(name))
            r.Context.Error(r.LocationOf("name"), "name", $"'{name}' is not a usable scenario name", name,
                "letters, digits, '_' and '-' (at most 100 characters; it names the results folder)");
        return name;
    }

    private static ulong Seed(MappingReader r)
    {
        const string allowed = "a whole number from 0 to 18446744073709551615";
        var node = r.Value("seed", false, allowed);
        if (node is null) return DefaultSeed;
        if (node is ScenarioScalar { IsPlain: true } scalar &&
            ulong.TryParse(scalar.Value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed))
            return seed;
        r.Context.Error(node.Location, "seed", $"{node.Describe()} is not allowed", (node as ScenarioScalar)?.Value, allowed);
        return 0;
    }
}
