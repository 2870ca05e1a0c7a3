using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Reporting.Map;

/// <summary>
/// One place of the corridor on the map (origin, border, port, destination) with the figures its marker
/// and tooltip show; the figures are the bottleneck ranking's and <c>nodes.csv</c>'s means.
/// </summary>
/// <param name="Name">Facility name, as in the CSV files.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="X">Position across the map, 0 (west) to 1 (east).</param>
/// <param name="Y">Position up the map, 0 (south) to <see cref="CorridorMap.Aspect"/> (north).</param>
/// <param name="Representative">Drawn at a representative point of an aggregate place (an origin or destination such as <c>china</c>), not at a site.</param>
/// <param name="WaitingShare">Of all consignment-hours spent waiting, the share charged to causes of this place (its berths, steps, closures), 0..1.</param>
/// <param name="Utilisation">Mean busy share of its binding capacity, 0..1.</param>
/// <param name="MeanWaitHours">Mean hours a consignment waited here before service began.</param>
/// <param name="ClosureHours">Mean hours closed in the measurement window.</param>
/// <param name="Causes">What cargo waits for here, the largest share first (at most <see cref="CorridorMap.CausesPerNode"/>).</param>
public sealed record MapNode(
    string Name,
    FacilityKind Kind,
    double X,
    double Y,
    bool Representative,
    double WaitingShare,
    double Utilisation,
    double MeanWaitHours,
    double ClosureHours,
    IReadOnlyList<MapCause> Causes);
