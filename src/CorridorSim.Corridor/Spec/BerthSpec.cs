namespace CorridorSim.Corridor.Spec;

/// <summary>The berths of one kind at a port and how long one vessel takes to load or unload there.</summary>
/// <param name="Kind">What kind of vessel the berths serve.</param>
/// <param name="Count">How many such berths the port has; zero for none.</param>
/// <param name="HandlingHours">Time to load (or unload) one vessel at one of them.</param>
public sealed record BerthSpec(BerthKind Kind, int Count, DistributionSpec HandlingHours);
