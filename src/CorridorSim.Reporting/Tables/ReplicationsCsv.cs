using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The <c>replications.csv</c> table: one row per replication with its seed and every KPI as a column.</summary>
/// <remarks>A KPI that a replication did not report is an empty field.</remarks>
public static class ReplicationsCsv
{
    public const string FileName = "replications.csv";

    public static IReadOnlyList<string> Header(IReadOnlyList<string> kpis) => ["replication", "seed", .. kpis];

    public static void Write(TextWriter writer, IReadOnlyList<KpiSummary> summary, IReadOnlyList<ReplicationResult> replications)
    {
        var kpis = KpiOrder.Of(summary, replications);
        using var csv = CsvFile.On(writer, Header(kpis));
        foreach (var replication in replications)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var kpi in replication.Kpis)
            {
                values.TryAdd(kpi.Name, kpi.Value);
            }

            csv.Field(replication.Replication);
            csv.Field(replication.Seed);
            foreach (var name in kpis)
            {
                csv.Field(values.TryGetValue(name, out var value) ? value : (double?)null);
            }

            csv.EndRow();
        }
    }
}
