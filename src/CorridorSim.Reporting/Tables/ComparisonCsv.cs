using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>comparison.csv</c> table: each KPI of each scenario with its paired difference to the first scenario.</summary>
public static class ComparisonCsv
{
    private static readonly CsvTable<ComparisonRow> Table = new CsvTable<ComparisonRow>()
        .Column("kpi", r => r.Kpi)
        .Column("unit", r => r.Unit)
        .Column("scenario", r => r.Scenario)
        .Estimate(r => r.Mean, r => r.Ci95Low, r => r.Ci95High)
        .Column("diff_vs_first", r => r.DiffVsFirst)
        .Column("diff_ci95_low", r => r.DiffCi95Low)
        .Column("diff_ci95_high", r => r.DiffCi95High)
        .Column("significant", r => r.Significant);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the comparison's rows in the order given.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<ComparisonRow> rows) => Table.Write(writer, rows);
}
