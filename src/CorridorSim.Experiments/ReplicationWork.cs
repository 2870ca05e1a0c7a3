using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

/// <summary>One replication waiting to run: which scenario, which replication index, whether it keeps consignment records.</summary>
internal sealed record ReplicationWork(CorridorSpec Spec, int Replication, bool RecordConsignments);
