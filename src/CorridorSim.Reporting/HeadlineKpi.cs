using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Reporting;

/// <summary>
/// The KPIs that answer the corridor's questions directly and so lead reports, headlines and the compare
/// and sweep charts. Their names, units, words and directions are the model's own <see cref="Kpis"/>.
/// </summary>
public static class HeadlineKpi
{
    /// <summary>The headline KPIs in the order reports list them.</summary>
    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        Kpis.DeliveredTonnesPerYear,
        Kpis.DeliveredShare,
        Kpis.TransitDaysP50,
        Kpis.TransitDaysP95,
        Kpis.BacklogTonnesEnd,
    ];
}
