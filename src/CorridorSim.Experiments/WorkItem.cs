namespace CorridorSim.Experiments;

/// <summary>
/// One replication of an experiment as a batch plan names it: the scenario (its place among the compared
/// scenarios or sweep points, from 0) and the replication index.
/// </summary>
/// <param name="Scenario">The scenario or sweep point, from 0.</param>
/// <param name="Replication">The replication index, from 0.</param>
public readonly record struct WorkItem(int Scenario, int Replication);
