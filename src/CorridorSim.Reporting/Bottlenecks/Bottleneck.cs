using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Reporting.Bottlenecks;

/// <summary>
/// One facility's place in the bottleneck ranking: one row of <c>bottlenecks.csv</c>. Figures are means
/// over the replications.
/// </summary>
/// <param name="Rank">1 for the facility where cargo waits most.</param>
/// <param name="Utilisation">Mean busy share of its binding capacity, 0..1.</param>
/// <param name="WaitingShare">Of all consignment-hours spent waiting anywhere on the corridor, the share spent waiting here, 0..1.</param>
/// <param name="ClosureHours">Mean hours closed by storms or disruptions in the measurement window.</param>
/// <param name="Reason">Why it binds.</param>
public sealed record Bottleneck(
    int Rank,
    string Facility,
    FacilityKind Kind,
    double Utilisation,
    double WaitingShare,
    double ClosureHours,
    BindingReason Reason);
