using CorridorSim.Corridor;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

/// <summary>One replication waiting to run: which scenario, which replication index, what to record.</summary>
internal sealed record ReplicationWork(CorridorSpec Spec, int Replication, RunOptions Options);
