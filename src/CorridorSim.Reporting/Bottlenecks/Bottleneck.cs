using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Reporting.Bottlenecks;

/// <summary>
/// One cause of waiting's place in the bottleneck ranking: one row of <c>bottlenecks.csv</c>. Figures are
/// means over the replications.
/// </summary>
/// <param name="Rank">1 for the cause cargo waits for most.</param>
/// <param name="Cause">What cargo waited for, and the facility it belongs to.</param>
/// <param name="ConsignmentHours">Hours waited for it in the measurement window, summed over consignments.</param>
/// <param name="TonneHours">The same hours weighted by each consignment's tonnes.</param>
/// <param name="Share">Of all consignment-hours spent waiting anywhere on the corridor, the share charged to it, 0..1.</param>
/// <param name="Utilisation">Mean busy share of the capacity it belongs to (see <see cref="Corridor.Results.CauseWaits.Utilisation"/>), 0..1.</param>
/// <param name="ClosureHours">Mean hours its facility was closed by storms or disruptions in the window.</param>
public sealed record Bottleneck(
    int Rank,
    WaitCause Cause,
    double ConsignmentHours,
    double TonneHours,
    double Share,
    double Utilisation,
    double ClosureHours)
{
    /// <summary>The facility the cause belongs to.</summary>
    public string Facility => Cause.Facility;

    /// <summary>What kind of place that facility is.</summary>
    public FacilityKind Kind => Cause.FacilityKind;
}
