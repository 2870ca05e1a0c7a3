namespace CorridorSim.Reporting.Map;

/// <summary>One cause that cargo waits for at a place of the map, as the bottleneck ranking words it, with its share of all waiting.</summary>
/// <param name="Words">The cause in the report's words ("Alat's ferry berths").</param>
/// <param name="Share">Of all consignment-hours spent waiting, the share charged to it, 0..1.</param>
public sealed record MapCause(string Words, double Share);
