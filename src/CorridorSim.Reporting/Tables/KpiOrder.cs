using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The order KPIs appear in wherever they are listed: the summary's order, then any KPI that only some
/// replication reported, in the order first met.
/// </summary>
internal static class KpiOrder
{
    public static IReadOnlyList<string> Of(IReadOnlyList<KpiSummary> summary, IReadOnlyList<ReplicationResult> replications)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var name in summary.Select(s => s.Kpi).Concat(replications.SelectMany(r => r.Kpis.Select(k => k.Name))))
        {
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
