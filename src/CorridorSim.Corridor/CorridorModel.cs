using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor;

/// <summary>The corridor model's entry point: one replication of a scenario on a fresh simulation.</summary>
public static class CorridorModel
{
    /// <summary>
    /// Builds the corridor described by <paramref name="spec"/> on a new simulation, runs it for the
    /// horizon with the random streams of replication <paramref name="replication"/>, and returns what it measured.
    /// </summary>
    public static ReplicationResult RunReplication(CorridorSpec spec, int replication, RunOptions options) =>
        throw new NotImplementedException("The corridor model is being built (issue 3).");
}
