using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>comparison.csv</c> table: each KPI of each scenario with its paired difference to the first scenario.</summary>
public static class ComparisonCsv
{
    public const string FileName = "comparison.csv";

    public static IReadOnlyList<string> Header { get; } =
    [
        "kpi", "unit", "scenario", "mean", "ci95_low", "ci95_high", "diff_vs_first", "diff_ci95_low",
        "diff_ci95_high", "significant",
    ];

    public static void Write(TextWriter writer, IReadOnlyList<ComparisonRow> rows)
    {
        using var csv = CsvFile.On(writer, Header);
        foreach (var row in rows)
        {
            csv.Field(row.Kpi);
            csv.Field(row.Unit);
            csv.Field(row.Scenario);
            csv.Field(row.Mean);
            csv.Field(row.Ci95Low);
            csv.Field(row.Ci95High);
            csv.Field(row.DiffVsFirst);
            csv.Field(row.DiffCi95Low);
            csv.Field(row.DiffCi95High);
            csv.Field(row.Significant);
            csv.EndRow();
        }
    }
}
