using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>replications.csv</c> table: one row per replication with its seed and every KPI as a column.</summary>
/// <remarks>A KPI that a replication did not report is an empty field; the first value wins where one is reported twice.</remarks>
public static class ReplicationsCsv
{
    /// <summary>The header row for these KPI columns.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string> kpis) => TableOf(kpis).Header;

    /// <summary>Writes one line per replication, with the KPIs in <see cref="KpiOrder"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<KpiSummary> summary, IReadOnlyList<ReplicationResult> replications) =>
        TableOf(KpiOrder.Of(summary, replications)).Write(writer, replications.Select(ReplicationRow.Of));

    private static CsvTable<ReplicationRow> TableOf(IReadOnlyList<string> kpis) => new CsvTable<ReplicationRow>()
        .Column("replication", r => r.Replication)
        .Column("seed", r => r.Seed)
        .Columns(kpis.Select(kpi => new CsvColumn<ReplicationRow>(kpi, r => CsvNumber.Format(r.ValueOf(kpi)))));

    private sealed record ReplicationRow(int Replication, ulong Seed, IReadOnlyDictionary<string, double> Values)
    {
        public static ReplicationRow Of(ReplicationResult replication)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var kpi in replication.Kpis)
            {
                values.TryAdd(kpi.Name, kpi.Value);
            }

            return new(replication.Replication, replication.Seed, values);
        }

        public double? ValueOf(string kpi) => Values.TryGetValue(kpi, out var value) ? value : null;
    }
}
