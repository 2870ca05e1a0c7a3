using CorridorSim.Corridor.Causes;

namespace CorridorSim.Experiments.Marginal;

/// <summary>What the base run says of one cause of waiting for screening: how busy its capacity was and how much of the waiting it caused.</summary>
/// <param name="Cause">The cause: a berth kind at a port, a fleet, a border step, a line's paths, a post's officers…</param>
/// <param name="Utilisation">Mean busy share of the capacity the cause belongs to, over the replications that charged it, 0..1.</param>
/// <param name="CauseShare">Of all consignment-hours spent waiting, the mean share charged to it, 0..1.</param>
public sealed record CauseEvidence(WaitCause Cause, double Utilisation, double CauseShare);
