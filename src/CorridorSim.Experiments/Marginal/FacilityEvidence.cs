namespace CorridorSim.Experiments.Marginal;

/// <summary>What the base run says of one facility for screening: how busy it was and how much of the waiting it caused.</summary>
/// <param name="Facility">The facility, leg or sea service.</param>
/// <param name="Utilisation">Mean busy share of its binding capacity over the replications, 0..1.</param>
/// <param name="CauseShare">Of all consignment-hours spent waiting, the mean share put down to it, 0..1.</param>
public sealed record FacilityEvidence(string Facility, double Utilisation, double CauseShare);
