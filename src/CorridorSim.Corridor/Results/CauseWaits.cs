using CorridorSim.Corridor.Causes;

namespace CorridorSim.Corridor.Results;

/// <summary>The waiting charged to one cause over the measurement window of one replication.</summary>
/// <param name="Cause">What was waited for.</param>
/// <param name="ConsignmentHours">Hours waited, summed over consignments.</param>
/// <param name="TonneHours">Hours waited, weighted by each consignment's tonnes.</param>
/// <param name="Utilisation">
/// Time-average busy share, 0..1, of the capacity the cause belongs to: the berths of that kind, the
/// officers, the lanes, the step's or track's capacity, the line's paths, the service's vessels; for a
/// closure, yard space, train formation or a pool, the facility's own utilisation.
/// </param>
public sealed record CauseWaits(WaitCause Cause, double ConsignmentHours, double TonneHours, double Utilisation);
