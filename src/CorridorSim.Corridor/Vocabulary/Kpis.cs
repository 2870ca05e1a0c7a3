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
        "Tonnes of cargo created in the measurement window, per year.")
    { Axis = "Demand (Mt/yr)", AxisScale = 1e-6 };

    /// <summary>Tonnes delivered in the measurement window, scaled to a year.</summary>
    public static KpiDefinition DeliveredTonnesPerYear { get; } = new(
        "delivered_tonnes_per_year", "t/yr", KpiDirection.MoreIsBetter, "delivered tonnes per year",
        "Tonnes of cargo delivered in the measurement window, per year.")
    { Axis = "Delivered (Mt/yr)", AxisScale = 1e-6 };

    /// <summary>Delivered over demand.</summary>
    public static KpiDefinition DeliveredShare { get; } = new(
        "delivered_share", "fraction", KpiDirection.MoreIsBetter, "share of demand delivered",
        "Delivered tonnes over demand tonnes in the measurement window; NaN without demand.")
    { Axis = "Share of demand delivered (%)" };

    /// <summary>Mean origin-to-destination days of consignments created and delivered in the window.</summary>
    public static KpiDefinition TransitDaysMean { get; } = new(
        "transit_days_mean", "days", KpiDirection.LessIsBetter, "mean transit time",
        "Mean days from origin to destination of the consignments created and delivered in the window.")
    { Axis = "Transit, mean (days)" };

    /// <summary>Median transit days.</summary>
    public static KpiDefinition TransitDaysP50 { get; } = new(
        "transit_days_p50", "days", KpiDirection.LessIsBetter, "median transit time",
        "Median days from origin to destination (type-7 quantile) of the consignments created and delivered in the window.")
    { Axis = "Transit, p50 (days)" };

    /// <summary>95th-percentile transit days.</summary>
    public static KpiDefinition TransitDaysP95 { get; } = new(
        "transit_days_p95", "days", KpiDirection.LessIsBetter, "95th-percentile transit time",
        "95th-percentile days from origin to destination (type-7 quantile) of the consignments created and delivered in the window.")
    { Axis = "Transit, p95 (days)" };

    /// <summary>Tonnes still in the system when the horizon ends.</summary>
    public static KpiDefinition BacklogTonnesEnd { get; } = new(
        "backlog_tonnes_end", "t", KpiDirection.LessIsBetter, "backlog at the end",
        "Tonnes created in the window and still in the system when the horizon ends.")
    { Axis = "Backlog at the end (kt)", AxisScale = 1e-3 };

    /// <summary>
    /// How fast the tonnes held in the corridor grow over the window: the least-squares slope of the tonnes
    /// held at the end of each day against the day (<see cref="Statistics.BacklogSlope"/>).
    /// </summary>
    public static KpiDefinition BacklogGrowthTonnesPerYear { get; } = new(
        "backlog_growth_tonnes_per_year", "t/yr", KpiDirection.LessIsBetter, "backlog growth",
        "Least-squares slope of the corridor tonnes held (created, not yet delivered) at the end of each day of the window against time, per year: near 0 when the corridor keeps up.");

    /// <summary>
    /// The share delivered by the end of the cohort of tonnes created in the window early enough to arrive:
    /// up to the window end minus, per flow, its unconstrained transit and the scenario's cohort margin.
    /// </summary>
    public static KpiDefinition CohortDeliveredShare { get; } = new(
        "cohort_delivered_share", "fraction", KpiDirection.MoreIsBetter, "share of the cohort delivered",
        "Of the tonnes created in the window up to its end minus, per flow, the unconstrained transit and cohort_margin_days, the share delivered by the end; NaN when no flow has such tonnes.");

    /// <summary>
    /// The day of the run from which the tonnes held grow: the change point of a two-segment piecewise-linear fit
    /// to the daily tonnes held, mean over the replications; summarised across replications by the experiment
    /// (never by one replication), and a number only when the growth after it is significant.
    /// </summary>
    public static KpiDefinition SaturationDay { get; } = new(
        "saturation_day", "day", KpiDirection.MoreIsBetter, "saturation day",
        "Day of the run (0 = the first day) at which a two-segment piecewise-linear fit to each replication's daily tonnes held changes slope, mean over replications; empty unless the slope after it is significantly above the keep-up tolerance.");

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
        BacklogGrowthTonnesPerYear,
        CohortDeliveredShare,
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
        "Mean hours a corridor train spent at one border procedure step in the window, queue and work together; 0 for a train that skipped it.")
    { Axis = "Hours at a border step (h)" };

    /// <summary>Non-corridor trains that passed a shared facility in the window, per year; counted in no corridor KPI.</summary>
    public static KpiDefinition BackgroundTrainsPerYear { get; } = new(
        "background_trains_per_year", "trains/yr", KpiDirection.Neutral, "background trains per year",
        "Non-corridor trains of one background flow that passed its facility in the window, per year.")
    { Axis = "Background trains (trains/yr)" };

    /// <summary>Mean hours a background train queued at its facility in the window.</summary>
    public static KpiDefinition BackgroundWaitHoursMean { get; } = new(
        "background_wait_hours_mean", "h", KpiDirection.LessIsBetter, "background trains' mean wait",
        "Mean hours a train of one background flow queued for capacity or a reopening at its facility in the window.")
    { Axis = "Background trains' mean wait (h)" };

    /// <summary>The KPIs the model emits for every border procedure step, after the per-flow ones.</summary>
    public static IReadOnlyList<KpiDefinition> PerBorderStep { get; } = [BorderStepHours];

    /// <summary>The KPIs the model emits for every background flow, last.</summary>
    public static IReadOnlyList<KpiDefinition> PerBackgroundFlow { get; } = [BackgroundTrainsPerYear, BackgroundWaitHoursMean];
}
