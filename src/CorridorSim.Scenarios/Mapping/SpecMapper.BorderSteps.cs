using CorridorSim.Corridor.Spec;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>A border side written as its procedure steps.</summary>
internal static partial class SpecMapper
{
    private static readonly string[] ShortFormKeys = ["exchange_tracks", "exchange_hours", "customs", "gauge_change"];

    private static BorderSideSpec StepSide(MappingReader r)
    {
        foreach (var key in ShortFormKeys.Where(r.Has))
            r.Context.Error(r.LocationOf(key), r.KeyPath(key), $"'{key}' belongs to the short form of a border side, which this side, written as steps, does not use",
                null, "either steps (with regime and procedural_share) or exchange_tracks, exchange_hours, customs and gauge_change, not both");

        var steps = r.Items("steps", true, "procedure steps").Select(Step).ToList();
        var spec = BorderSideSpec.OfSteps(steps, r.OptionalReference("regime", "a customs regime"), r.OptionalNumber("procedural_share", NumberRule.Share));
        foreach (var key in ShortFormKeys) r.Known(key);
        r.Finish();
        return spec;
    }

    /// <summary>A step; <c>capacity_trains</c> absent means no limit, <c>cargo_classes</c> absent means every class.</summary>
    private static BorderStepSpec Step(MappingReader r)
    {
        int? capacity = null;
        if (r.Has("capacity_trains")) capacity = r.Whole("capacity_trains", NumberRule.AtLeastOne, null);
        else r.Known("capacity_trains");
        IReadOnlyList<string>? classes = null;
        if (r.Has("cargo_classes")) classes = r.Names("cargo_classes", 1, "cargo classes");
        else r.Known("cargo_classes");
        var spec = new BorderStepSpec(
            r.ItemName!,
            capacity,
            r.Distribution("hours", null),
            r.Choice<BorderStepKind>("kind", null),
            r.Choices<RegimeEffect>("regime_effects", required: true))
        {
            Probability = r.Number("probability", NumberRule.Probability, 1),
            CargoClasses = classes,
        };
        r.Finish();
        return spec;
    }
}
