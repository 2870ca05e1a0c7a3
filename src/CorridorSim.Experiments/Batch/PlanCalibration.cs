using CorridorSim.Corridor;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments.Batch;

/// <summary>Measures how long a work item takes, for <c>plan --calibrate</c>.</summary>
public static class PlanCalibration
{
    /// <summary>
    /// Runs the experiment's first work item (its first scenario's replication 0, which keeps consignment
    /// records unless none are asked for, so it is among the slowest) once on the model and returns how long it took.
    /// </summary>
    public static TimeSpan TimeFirstItem(
        ExperimentKind kind, IReadOnlyList<CorridorSpec> specs, ExperimentOptions options, TimeProvider time, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(time);
        var first = ExperimentRunner.WorkOf(kind, specs, options)[0];
        var started = time.GetTimestamp();
        CorridorModel.RunReplication(first.Spec, first.Replication, new RunOptions(first.RecordConsignments, cancellation));
        return time.GetElapsedTime(started);
    }
}
