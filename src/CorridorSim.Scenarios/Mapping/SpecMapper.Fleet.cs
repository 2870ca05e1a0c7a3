using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>Sea services: fleets, their capacity by vessel class, departure policies and breakdowns.</summary>
internal static partial class SpecMapper
{
    private static SeaServiceSpec SeaService(MappingReader r)
    {
        // An unknown class is reported once; its capacities are then not demanded as well.
        var known = r.Choice<VesselClass>("vessel_class", required: true);
        var vesselClass = known ?? VesselClass.RailFerry;
        var vessels = r.Whole("vessels", NumberRule.AtLeastOne, null);

        // The capacity that counts for the class (its row of the vessel-class table) is required; the others are ignored by the model.
        var rule = known is { } c ? VesselClassRules.For(c) : null;
        var wagons = Capacity(r, "capacity_wagons", rule?.CapacityKey == "capacity_wagons", NumberRule.AtLeastOne);
        var trucks = Capacity(r, "capacity_trucks", false, NumberRule.WholeOrZero);
        var teu = Capacity(r, "capacity_teu", rule?.CapacityKey == "capacity_teu", NumberRule.AtLeastOne);
        var tonnes = rule?.CapacityKey == "capacity_tonnes"
            ? r.Number("capacity_tonnes", NumberRule.PositiveTonnes, null)
            : r.Number("capacity_tonnes", NumberRule.Tonnes, 0);
        // A capacity the class does not use is ignored; say so, since it was probably meant for another service.
        foreach (var (key, value) in new[] { ("capacity_wagons", (double)wagons), ("capacity_trucks", trucks), ("capacity_teu", teu), ("capacity_tonnes", tonnes) })
        {
            if (rule is not null && !rule.CapacityKeys.Contains(key) && value is not 0 and not double.NaN)
                Ignored(r, key, $"a {SnakeCase.Of(rule.Class)} does not use it");
        }

        var sailing = r.Distribution("sailing_hours", null);
        var policy = r.Choice<DeparturePolicy>("departure_policy", DeparturePolicy.WhenFull);
        var maxWait = policy == DeparturePolicy.MaxWait ? r.Number("max_wait_hours", NumberRule.PositiveHours, null) : r.Number("max_wait_hours", NumberRule.Hours, 0);
        if (policy != DeparturePolicy.MaxWait && maxWait is not 0 and not double.NaN) Ignored(r, "max_wait_hours", "departure_policy is not max_wait");
        var timetable = r.Numbers("timetable_hours", NumberRule.WeekHour, null, required: policy == DeparturePolicy.Timetable) ?? [];
        if (policy == DeparturePolicy.Timetable && r.Has("timetable_hours") && timetable.Count == 0)
            r.Context.Error(r.LocationOf("timetable_hours"), r.KeyPath("timetable_hours"), "the timetable is empty", null, "at least one departure hour in [0, 168)");
        if (policy != DeparturePolicy.Timetable && timetable.Count > 0) Ignored(r, "timetable_hours", "departure_policy is not timetable");

        var breakdowns = r.Mapping("breakdowns", false, "a mapping with mtbf_hours and repair_hours");
        var spec = new SeaServiceSpec(
            r.ItemName!,
            r.Reference("east_port", "a port"),
            r.Reference("west_port", "a port"),
            vesselClass,
            vessels,
            wagons,
            trucks,
            teu,
            tonnes,
            sailing,
            policy,
            maxWait,
            timetable,
            breakdowns is null ? null : Finished(breakdowns, new BreakdownSpec(
                breakdowns.Number("mtbf_hours", NumberRule.MtbfHours, null), breakdowns.Distribution("repair_hours", null))),
            r.Flag("transships_wagons", false));
        r.Finish();
        return spec;
    }

    private static int Capacity(MappingReader r, string key, bool required, NumberRule rule) =>
        required ? r.Whole(key, rule, null) : r.Whole(key, NumberRule.WholeOrZero, 0);

    private static void Ignored(MappingReader r, string key, string why) =>
        r.Context.Warning(r.LocationOf(key), r.KeyPath(key), $"'{key}' is ignored: {why}");
}
