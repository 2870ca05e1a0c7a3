namespace CorridorSim.Corridor.Vocabulary;

/// <summary>
/// Every KPI the model emits for a replication, in the order it emits them. Per-flow values of
/// <see cref="TransitDaysP50"/>, <see cref="TransitDaysP95"/> and <see cref="DeliveredTonnesPerYear"/>
/// follow, named by <see cref="KpiDefinition.FlowName"/>; then <see cref="PerGroup"/> per flow group,
/// <see cref="BorderStepHours"/> per border step
/// and the background flows' KPIs, named by <see cref="KpiDefinition.OfPart"/>.
/// </summary>
public static class Kpis
{
    /// <summary>Tonnes created in the measurement window, scaled to a year.</summary>
    public static KpiDefinition DemandTonnesPerYear { get; } = new(
        "demand_tonnes_per_year", "t/yr", KpiDirection.Neutral, "demand tonnes per year",
        "Tonnes of cargo created in the measurement window, per year.");

    /// <summary>Tonnes delivered in the measurement window, scaled to a year.</summary>
    public static KpiDefinition DeliveredTonnesPerYear { get; } = new(
        "delivered_tonnes_per_year", "t/yr", KpiDirection.MoreIsBetter, "delivered tonnes per year",
        "Tonnes of cargo delivered in the measurement window, per year.");

    /// <summary>Delivered over demand.</summary>
    public static KpiDefinition DeliveredShare { get; } = new(
        "delivered_share", "fraction", KpiDirection.MoreIsBetter, "share of demand delivered",
        "Delivered tonnes over demand tonnes in the measurement window; NaN without demand.");

    /// <summary>Mean origin-to-destination days of consignments created and delivered in the window.</summary>
    public static KpiDefinition TransitDaysMean { get; } = new(
        "transit_days_mean", "days", KpiDirection.LessIsBetter, "mean transit time",
        "Mean days from origin to destination of the consignments created and delivered in the window.");

    /// <summary>Median transit days.</summary>
    public static KpiDefinition TransitDaysP50 { get; } = new(
        "transit_days_p50", "days", KpiDirection.LessIsBetter, "median transit time",
        "Median days from origin to destination (type-7 quantile) of the consignments created and delivered in the window.");

    /// <summary>95th-percentile transit days.</summary>
    public static KpiDefinition TransitDaysP95 { get; } = new(
        "transit_days_p95", "days", KpiDirection.LessIsBetter, "95th-percentile transit time",
        "95th-percentile days from origin to destination (type-7 quantile) of the consignments created and delivered in the window.");

    /// <summary>Tonnes still in the system when the horizon ends.</summary>
    public static KpiDefinition BacklogTonnesEnd { get; } = new(
        "backlog_tonnes_end", "t", KpiDirection.LessIsBetter, "backlog at the end",
        "Tonnes created in the window and still in the system when the horizon ends.");

    /// <summary>The corridor-wide KPIs in the order the model emits them.</summary>
    public static IReadOnlyList<KpiDefinition> Corridor { get; } =
    [
        DemandTonnesPerYear,
        DeliveredTonnesPerYear,
        DeliveredShare,
        TransitDaysMean,
        TransitDaysP50,
        TransitDaysP95,
        BacklogTonnesEnd,
    ];

    /// <summary>The KPIs the model also emits for every flow, in the order it emits them.</summary>
    public static IReadOnlyList<KpiDefinition> PerFlow { get; } = [TransitDaysP50, TransitDaysP95, DeliveredTonnesPerYear];

    /// <summary>
    /// Median transit days of the consignments of all flows of one <c>group:</c>, pooled, named
    /// <c>group_transit_days_p50:&lt;group&gt;</c>: the figure people quote for, say, China–Europe containers.
    /// </summary>
    public static KpiDefinition GroupTransitDaysP50 { get; } = new(
        "group_transit_days_p50", "days", KpiDirection.LessIsBetter, "median transit time of the group",
        "Median days from origin to destination (type-7 quantile) of the consignments of one flow group created and delivered in the window, all its flows pooled.");

    /// <summary>95th-percentile transit days of one group's consignments, pooled, named <c>group_transit_days_p95:&lt;group&gt;</c>.</summary>
    public static KpiDefinition GroupTransitDaysP95 { get; } = new(
        "group_transit_days_p95", "days", KpiDirection.LessIsBetter, "95th-percentile transit time of the group",
        "95th-percentile days from origin to destination (type-7 quantile) of the consignments of one flow group created and delivered in the window, all its flows pooled.");

    /// <summary>The KPIs the model emits for every flow group (in order of first appearance), after the per-flow ones.</summary>
    public static IReadOnlyList<KpiDefinition> PerGroup { get; } = [GroupTransitDaysP50, GroupTransitDaysP95];

    /// <summary>
    /// Mean hours a corridor train spent at one border procedure step in the window (queue and work, 0 when
    /// skipped), named <c>border_step_hours:&lt;border&gt;.&lt;direction&gt;.&lt;step&gt;</c>: where a regime saves time.
    /// </summary>
    public static KpiDefinition BorderStepHours { get; } = new(
        "border_step_hours", "h", KpiDirection.LessIsBetter, "hours at a border step",
        "Mean hours a corridor train spent at one border procedure step in the window, queue and work together; 0 for a train that skipped it.");

    /// <summary>Non-corridor trains that passed a shared facility in the window, per year; counted in no corridor KPI.</summary>
    public static KpiDefinition BackgroundTrainsPerYear { get; } = new(
        "background_trains_per_year", "trains/yr", KpiDirection.Neutral, "background trains per year",
        "Non-corridor trains of one background flow that passed its facility in the window, per year.");

    /// <summary>Mean hours a background train queued at its facility in the window.</summary>
    public static KpiDefinition BackgroundWaitHoursMean { get; } = new(
        "background_wait_hours_mean", "h", KpiDirection.LessIsBetter, "background trains' mean wait",
        "Mean hours a train of one background flow queued for capacity or a reopening at its facility in the window.");

    /// <summary>The KPIs the model emits for every border procedure step, after the per-flow ones.</summary>
    public static IReadOnlyList<KpiDefinition> PerBorderStep { get; } = [BorderStepHours];

    /// <summary>The KPIs the model emits for every background flow, last.</summary>
    public static IReadOnlyList<KpiDefinition> PerBackgroundFlow { get; } = [BackgroundTrainsPerYear, BackgroundWaitHoursMean];
}
