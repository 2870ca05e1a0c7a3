using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Causes;

/// <summary>
/// One cause a consignment can wait for: its kind, the facility it belongs to and, where a facility has
/// several of a kind, which one (the berth kind, the border side and step, the yard area, the flow's pool).
/// </summary>
/// <remarks>
/// <para>
/// A consignment-hour of waiting is charged where it happens: a train queued for a border step's capacity is
/// charged to that step, one held by a closure to the closure, a train queued for a train path to the line's
/// paths, a train at an origin waiting for wagons to the flow's pool, cargo on a port's formation track to
/// train formation, a train at a full yard's gate to yard space, a landed batch queued for officers or lanes
/// to that customs post.
/// </para>
/// <para>
/// A wait for a vessel is split by what the service's vessels were doing meanwhile. Over the wait, the
/// model integrates exactly (the vessels' activities are piecewise constant in time) each activity's
/// vessel-hours, and charges the wait in proportion to them: a vessel at the anchorage off port B waiting
/// for a berth → B's berths; at the anchorage or at its berth because B or the sea is closed → that closure;
/// sailing → the service's vessels (its fleet size); out of service → its breakdowns; unloading or loading
/// at a port → handling at that port's berths; waiting for cargo under its sailing rule → a full load. So
/// cargo at port A that waits only because the vessels wait for berths at B is charged to B's berths. Cargo
/// aboard a vessel, or called for by one, is charged what that vessel itself waited for: the berth or the
/// closure at the loading port, a closure holding it after loading, its repair and the berth or closure at
/// the port where it unloads.
/// </para>
/// </remarks>
/// <param name="Kind">What was waited for.</param>
/// <param name="Facility">The facility the cause belongs to, as the scenario names it.</param>
/// <param name="FacilityKind">What kind of place that facility is.</param>
/// <param name="Detail">Which one of its kind at the facility (<c>ferry</c>, <c>westbound.customs_declaration</c>), or null.</param>
public sealed record WaitCause(WaitCauseKind Kind, string Facility, FacilityKind FacilityKind, string? Detail = null)
{
    /// <summary>The cause as <c>bottlenecks.csv</c> writes it: the kind, and its detail after a colon (<c>berth:ferry</c>).</summary>
    public string Label => Detail is null ? SnakeCase.Of(Kind) : $"{SnakeCase.Of(Kind)}:{Detail}";

    /// <summary>Whether the cause is a capacity that is busy or idle (berths, officers, tracks, paths, vessels), so its utilisation tells how hard it binds.</summary>
    public bool IsCapacity => Kind is not (WaitCauseKind.Closure or WaitCauseKind.WagonPool or WaitCauseKind.TrainFormation or WaitCauseKind.FullLoad or WaitCauseKind.Breakdowns or WaitCauseKind.YardSpace);

    /// <summary>
    /// The cause in the report's words, with the facility's name as the scenario writes it:
    /// "Alat's ferry berths", "the closures of Kuryk", "train paths on the aktau_beyneu line".
    /// </summary>
    public string Words()
    {
        var place = Place(Facility);
        var side = Detail is null ? string.Empty : $" ({Detail.Replace('.', ' ').Replace('_', ' ')})";
        return Kind switch
        {
            WaitCauseKind.Berth => $"{place}'s {Detail ?? "vessel"} berths",
            WaitCauseKind.Handling => $"vessels working cargo at {place}'s {Detail ?? "vessel"} berths",
            WaitCauseKind.Vessels => $"{Facility}'s vessels, away at sea",
            WaitCauseKind.Breakdowns => $"repairs of {Facility}'s vessels",
            WaitCauseKind.FullLoad => $"{Facility}'s vessels waiting at anchor for a full load",
            WaitCauseKind.Closure => $"the closures of {place}",
            WaitCauseKind.YardSpace => $"yard space at {place}{side}",
            WaitCauseKind.Officers => $"customs officers at {place}{side}",
            WaitCauseKind.InspectionLanes => $"inspection lanes at {place}{side}",
            WaitCauseKind.BorderStep => $"the {StepName()} step at {place}{SideOnly()}",
            WaitCauseKind.GaugeChange => $"the gauge-change tracks at {place}{SideOnly()}",
            WaitCauseKind.TrainPath => $"train paths on the {Facility} line",
            WaitCauseKind.WagonPool => $"empty wagons for {Detail ?? "its flow"} at {place}",
            _ => $"train formation at {place}",
        };
    }

    /// <summary>A place named in prose: the scenario's name with its first letter capitalised and underscores as spaces (<c>kuryk</c> → <c>Kuryk</c>).</summary>
    public static string Place(string name)
    {
        var words = name.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private string StepName() => Detail is null ? "border" : Detail[(Detail.IndexOf('.') + 1)..].Replace('_', ' ');

    private string SideOnly() => Detail is { } d && d.IndexOf('.') is var dot and > 0 ? $" ({d[..dot]})" : string.Empty;
}
