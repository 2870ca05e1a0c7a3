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

    /// <summary>The group China–Europe container transit is reported under in the bundled scenarios; it leads.</summary>
    public const string ChinaEuropeContainers = "china_europe_containers";

    /// <summary>
    /// The flow groups of a result in the order reports list them: <see cref="ChinaEuropeContainers"/> first when
    /// present, then the others in the order their first flow appears in the scenario.
    /// </summary>
    public static IReadOnlyList<string> Groups(Experiments.ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var groups = result.Spec.Flows.Select(f => f.Group).Distinct(StringComparer.Ordinal).ToList();
        return [.. groups.OrderBy(g => g == ChinaEuropeContainers ? 0 : 1)];
    }
}
