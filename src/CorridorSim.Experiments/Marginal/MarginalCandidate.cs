using CorridorSim.Corridor.Causes;

namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// One change whose marginal value a <c>bottlenecks</c> study measures: a single scenario value set as a
/// <c>--set</c> override would set it (one more berth at Alat, one more Kuryk–Alat ferry, Dostyk's inbound
/// post on electronic pre-arrival), with the facility it belongs to for screening.
/// </summary>
/// <param name="Name">A short, folder-safe name: <c>alat.ferry_berths+1</c>, <c>dostyk.westbound:electronic_pre_arrival</c>.</param>
/// <param name="Change">Whether it adds capacity or digitalises a customs post.</param>
/// <param name="Facility">The facility, leg or sea service it changes (as <c>nodes.csv</c> names it).</param>
/// <param name="KeyPath">The scenario key path it sets, e.g. <c>ports.alat.ferry_berths</c>.</param>
/// <param name="Value">The new value as YAML text, e.g. <c>5</c> or <c>electronic_pre_arrival</c>.</param>
/// <param name="Label">The change in words for charts and the report, e.g. <c>alat: rail-ferry berths 4 → 5</c>.</param>
public sealed record MarginalCandidate(string Name, MarginalChange Change, string Facility, string KeyPath, string Value, string Label)
{
    /// <summary>The cause of waiting one more unit would relieve (the ferry berths at Alat, Kuryk–Alat's vessels); null for a digital regime.</summary>
    public WaitCause? Cause { get; init; }

    /// <summary>The change as a <c>--set</c> text: <c>ports.alat.ferry_berths=5</c>.</summary>
    public string Override => $"{KeyPath}={Value}";
}
