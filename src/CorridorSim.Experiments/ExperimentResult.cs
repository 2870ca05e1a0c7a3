using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

/// <summary>
/// A scenario run for several replications: each replication's result in replication order (never in
/// the order threads finished) and every KPI summarised across them.
/// </summary>
public sealed record ExperimentResult(
    CorridorSpec Spec,
    IReadOnlyList<ReplicationResult> Replications,
    IReadOnlyList<KpiSummary> Summary);
