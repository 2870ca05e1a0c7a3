namespace CorridorSim.Experiments;

/// <summary>
/// How far an experiment has got: replications finished out of all it will run (over every scenario or
/// sweep point), the time spent and an estimate of the time left. Feeds the command line's progress bar.
/// </summary>
/// <param name="EstimatedTimeLeft">
/// Time left at the mean pace so far (elapsed ÷ done × remaining); null until a replication has finished.
/// </param>
public sealed record ExperimentProgress(
    int ReplicationsDone,
    int ReplicationsTotal,
    TimeSpan Elapsed,
    TimeSpan? EstimatedTimeLeft)
{
    /// <summary>Share of the work done, 0..1.</summary>
    public double Fraction => ReplicationsTotal == 0 ? 1.0 : (double)ReplicationsDone / ReplicationsTotal;

    internal static ExperimentProgress At(int done, int total, TimeSpan elapsed)
    {
        TimeSpan? left = done == 0 ? null : elapsed / done * (total - done);
        return new ExperimentProgress(done, total, elapsed, left);
    }
}
