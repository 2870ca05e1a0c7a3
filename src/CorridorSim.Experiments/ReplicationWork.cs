using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

/// <summary>
/// One replication waiting to run: which scenario (its place among the experiment's scenarios or sweep
/// points, from 0, and its spec as run), which replication index, whether it keeps consignment records.
/// </summary>
internal sealed record ReplicationWork(int Scenario, CorridorSpec Spec, int Replication, bool RecordConsignments)
{
    /// <summary>Where this replication sits in a plan.</summary>
    public WorkItem Item => new(Scenario, Replication);
}
