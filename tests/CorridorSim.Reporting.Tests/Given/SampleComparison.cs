using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tests.Given;

/// <summary>
/// A hand-built comparison of the tiny corridor's baseline with a digital-customs variant: the variant
/// delivers significantly more, and its p95 transit is slightly (not significantly) longer.
/// </summary>
public static class SampleComparison
{
    public static ScenarioRun Baseline { get; } = SampleRun.Run("baseline-2024");

    public static ScenarioRun Digital { get; } = SampleRun.Run("digital-customs", scale: 1.05);

    public static IReadOnlyList<ComparisonRow> Rows { get; } =
    [
        new("delivered_tonnes_per_year", "tonnes/year", "baseline-2024", 4_212_345.678, 4_190_000.5, 4_234_690.25, 0, 0, 0, false),
        new("delivered_tonnes_per_year", "tonnes/year", "digital-customs", 4_422_962.96, 4_399_500.0, 4_446_424.8, 210_617.28, 168_493.8, 252_740.7, true),
        new("transit_days_p95", "days", "baseline-2024", 25.06, 24.1, 26.02, 0, 0, 0, false),
        new("transit_days_p95", "days", "digital-customs", 25.3, 24.2, 26.4, 0.24, -0.2, 0.68, false),
        new("transit_days_p50:kz_exports_west", "days", "baseline-2024", 11.5, 11, 12, 0, 0, 0, false),
        new("transit_days_p50:kz_exports_west", "days", "digital-customs", 11.4, 11, 12, -0.1, -0.3, 0.1, false),
    ];
}
