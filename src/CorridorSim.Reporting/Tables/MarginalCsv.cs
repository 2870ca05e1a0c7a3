using CorridorSim.Experiments.Marginal;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>marginal.csv</c> table: each tried change with its paired gain in delivered tonnes a year and its
/// change in p95 transit days against the base, each with its 95% interval, rank 1 first.
/// </summary>
public static class MarginalCsv
{
    private static readonly CsvTable<MarginalRow> Table = new CsvTable<MarginalRow>()
        .Column("rank", r => (long)r.Rank)
        .Column("candidate", r => r.Candidate.Name)
        .Column("change", r => r.Candidate.Override)
        .Column("delivered_gain_tonnes_per_year", r => r.DeliveredGain.Estimate)
        .Column("delivered_ci95_low", r => r.DeliveredGain.Low)
        .Column("delivered_ci95_high", r => r.DeliveredGain.High)
        .Column("p95_transit_change_days", r => r.P95TransitChange.Estimate)
        .Column("p95_ci95_low", r => r.P95TransitChange.Low)
        .Column("p95_ci95_high", r => r.P95TransitChange.High)
        .Column("significant", r => r.Significant);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the ranking, one line per tried change.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<MarginalRow> rows) => Table.Write(writer, rows);
}
