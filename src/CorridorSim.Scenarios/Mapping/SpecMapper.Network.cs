using CorridorSim.Corridor.Spec;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>Borders, ports, rail and road legs, customs posts and regimes.</summary>
internal static partial class SpecMapper
{
    private const string SideAllowed = "a mapping with steps (and optional regime and procedural_share), or with exchange_tracks, exchange_hours and optional customs and gauge_change";
    private const string PostAllowed = "a mapping with regime, document_officers and inspection_lanes";

    private static BorderSpec Border(MappingReader r)
    {
        var spec = new BorderSpec(r.ItemName!, BorderSide(r.Mapping("westbound", true, SideAllowed)), BorderSide(r.Mapping("eastbound", true, SideAllowed)))
        {
            Position = Position(r),
        };
        r.Finish();
        return spec;
    }

    private static BorderSideSpec BorderSide(MappingReader? r)
    {
        if (r is null) return new BorderSideSpec(0, DistributionSpec.Constant(0), null, null);
        if (r.Has("steps")) return StepSide(r);
        var gauge = r.Mapping("gauge_change", false, "a mapping with tracks and hours_per_train");
        var spec = new BorderSideSpec(
            r.Whole("exchange_tracks", NumberRule.AtLeastOne, null),
            r.Distribution("exchange_hours", null),
            CustomsPost(r.Mapping("customs", false, PostAllowed)),
            gauge is null ? null : Finished(gauge, new GaugeChangeSpec(gauge.Whole("tracks", NumberRule.AtLeastOne, null), gauge.Distribution("hours_per_train", null))));
        r.Finish();
        return spec;
    }

    private static CustomsPostSpec? CustomsPost(MappingReader? r) =>
        r is null
            ? null
            : Finished(r, new CustomsPostSpec(
                r.Reference("regime", "a customs regime"),
                r.Whole("document_officers", NumberRule.AtLeastOne, 1),
                r.Whole("inspection_lanes", NumberRule.AtLeastOne, 1)));

    private static PortSpec Port(MappingReader r)
    {
        var counts = VesselClassRules.All.Select(rule => r.Whole(rule.BerthKey, NumberRule.WholeOrZero, 0)).ToList();
        var berths = VesselClassRules.All
            .Select((rule, i) => new BerthSpec(rule.Berth, counts[i], LoadHours(r, rule.HandlingHoursKey, counts[i])))
            .ToList();
        var spec = new PortSpec(
            r.ItemName!,
            r.Whole("yard_capacity_wagons", NumberRule.YardUnits, 0),
            r.Whole("yard_capacity_teu", NumberRule.YardUnits, 0),
            r.Number("yard_capacity_tonnes", NumberRule.Tonnes, 0),
            berths,
            CustomsPost(r.Mapping("customs", false, PostAllowed)),
            r.Number("train_max_wait_hours", NumberRule.Hours, DefaultTrainMaxWaitHours))
        {
            Position = Position(r),
        };
        r.Finish();
        return spec;
    }

    /// <summary>Loading time is needed only where there are berths of that kind; without berths it defaults to zero.</summary>
    private static DistributionSpec LoadHours(MappingReader r, string key, int berths) =>
        r.Distribution(key, berths > 0 ? null : DistributionSpec.Constant(0));

    private static RailLegSpec RailLeg(MappingReader r) =>
        Finished(r, new RailLegSpec(
            r.ItemName!,
            r.Reference("from", "a facility"),
            r.Reference("to", "a facility"),
            r.Distribution("travel_hours", null),
            r.Number("train_paths_per_day", NumberRule.TrainPaths, null)));

    private static RoadLegSpec RoadLeg(MappingReader r) =>
        Finished(r, new RoadLegSpec(r.ItemName!, r.Reference("from", "a facility"), r.Reference("to", "a facility"), r.Distribution("travel_hours", null)));

    private static CustomsRegimeSpec CustomsRegime(MappingReader r)
    {
        var documentCheck = r.Distribution("document_check_hours", null);
        var probability = r.Number("inspection_probability", NumberRule.Probability, 0);
        var spec = new CustomsRegimeSpec(
            r.ItemName!,
            documentCheck,
            probability,
            r.Distribution("inspection_hours", probability > 0 ? null : DistributionSpec.Constant(0)),
            r.Flag("pre_arrival", false),
            r.Flag("mutual_recognition", false))
        {
            SingleWindow = r.Flag("single_window", false),
        };
        r.Finish();
        return spec;
    }
}
