using CorridorSim.Corridor.Spec;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>Storms, scheduled disruptions and background traffic.</summary>
internal static partial class SpecMapper
{
    private static StormSpec Storm(MappingReader r) =>
        Finished(r, new StormSpec(
            r.ItemName!,
            r.Names("closes", 1, "ports, borders or sea services"),
            r.Numbers("episodes_per_month", NumberRule.EpisodesPerMonth, 12, required: true) ?? [],
            r.Distribution("episode_hours", null)));

    private static BackgroundFlowSpec Background(MappingReader r) =>
        Finished(r, new BackgroundFlowSpec(
            r.ItemName!,
            r.Reference("at", "a border crossing or rail leg"),
            r.Choice<Direction>("direction", null),
            r.Number("trains_per_day", NumberRule.TrainsPerDay, null),
            r.Number("tonnes_per_train", NumberRule.PositiveTonnes, null)));

    private static DisruptionSpec Disruption(MappingReader r) =>
        Finished(r, new DisruptionSpec(
            r.ItemName!,
            r.Reference("closes", "a facility, leg or sea service"),
            r.Number("start_day", NumberRule.Days, null),
            r.Number("duration_days", NumberRule.PositiveDays, null)));
}
