namespace CorridorSim.Reporting;

/// <summary>
/// A KPI that answers the corridor's questions directly and so leads reports, headlines and the compare
/// and sweep charts: its name in the CSV files, its name in words, and which way is better.
/// </summary>
public sealed record HeadlineKpi(string Name, string Words, bool HigherIsBetter)
{
    public const string DemandTonnesPerYear = "demand_tonnes_per_year";
    public const string DeliveredTonnesPerYear = "delivered_tonnes_per_year";
    public const string DeliveredShare = "delivered_share";
    public const string TransitDaysMean = "transit_days_mean";
    public const string TransitDaysP50 = "transit_days_p50";
    public const string TransitDaysP95 = "transit_days_p95";
    public const string BacklogTonnesEnd = "backlog_tonnes_end";

    /// <summary>The headline KPIs in the order reports list them.</summary>
    public static IReadOnlyList<HeadlineKpi> All { get; } =
    [
        new(DeliveredTonnesPerYear, "delivered tonnes per year", HigherIsBetter: true),
        new(DeliveredShare, "share of demand delivered", HigherIsBetter: true),
        new(TransitDaysP50, "median transit time", HigherIsBetter: false),
        new(TransitDaysP95, "95th-percentile transit time", HigherIsBetter: false),
        new(BacklogTonnesEnd, "backlog at the end", HigherIsBetter: false),
    ];
}
