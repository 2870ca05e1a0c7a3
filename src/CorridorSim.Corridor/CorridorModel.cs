using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Validation;

namespace CorridorSim.Corridor;

/// <summary>The corridor model's entry point: one replication of a scenario on a fresh simulation.</summary>
public static class CorridorModel
{
    /// <summary>
    /// Builds the corridor described by <paramref name="spec"/> on a new simulation, runs it for the
    /// horizon with the random streams of replication <paramref name="replication"/>, and returns what it measured.
    /// </summary>
    /// <remarks>
    /// Deterministic: the same spec and replication give the same result on any machine and thread.
    /// Replications share nothing and may run in parallel. Thread-safe for distinct calls.
    /// </remarks>
    /// <exception cref="ArgumentException">The spec has semantic problems (see <see cref="SpecValidator"/>).</exception>
    /// <exception cref="OperationCanceledException"><see cref="RunOptions.Cancellation"/> was cancelled.</exception>
    public static ReplicationResult RunReplication(CorridorSpec spec, int replication, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        var problems = SpecValidator.Validate(spec);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The scenario cannot be run:" + Environment.NewLine + string.Join(Environment.NewLine, problems),
                nameof(spec));
        }

        return new CorridorRun(spec, replication, options).Execute();
    }
}
