using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>summary.csv</c> table: every KPI's mean, 95% interval and range over the replications.</summary>
public static class SummaryCsv
{
    public const string FileName = "summary.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["kpi", "unit", "mean", "ci95_low", "ci95_high", "min", "max", "replications"];

    public static void Write(TextWriter writer, IReadOnlyList<KpiSummary> summary)
    {
        using var csv = CsvFile.On(writer, Header);
        foreach (var kpi in summary)
        {
            csv.Field(kpi.Kpi);
            csv.Field(kpi.Unit);
            csv.Field(kpi.Mean);
            csv.Field(kpi.Ci95Low);
            csv.Field(kpi.Ci95High);
            csv.Field(kpi.Min);
            csv.Field(kpi.Max);
            csv.Field(kpi.Replications);
            csv.EndRow();
        }
    }
}
