using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>summary.csv</c> table: every KPI's mean, 95% interval and range over the replications.</summary>
public static class SummaryCsv
{
    private static readonly CsvTable<KpiSummary> Table = new CsvTable<KpiSummary>()
        .Column("kpi", k => k.Kpi)
        .Column("unit", k => k.Unit)
        .Estimate(k => k.Mean, k => k.Ci95Low, k => k.Ci95High)
        .Column("min", k => k.Min)
        .Column("max", k => k.Max)
        .Column("replications", k => k.Replications);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes one line per KPI, in the summary's order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<KpiSummary> summary) => Table.Write(writer, summary);
}
