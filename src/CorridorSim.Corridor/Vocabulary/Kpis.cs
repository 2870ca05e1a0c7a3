namespace CorridorSim.Corridor.Vocabulary;

/// <summary>
/// Every KPI the model emits for a replication, in the order it emits them. Per-flow values of
/// <see cref="TransitDaysP50"/>, <see cref="TransitDaysP95"/> and <see cref="DeliveredTonnesPerYear"/>
/// follow, named by <see cref="KpiDefinition.FlowName"/>.
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
}
