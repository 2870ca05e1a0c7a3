namespace CorridorSim.Experiments.Batch;

/// <summary>
/// A plan or shard folder that cannot be used as it is: an unreadable or malformed <c>plan.json</c>, one
/// written by another program version, a missing or foreign shard. Invalid input (exit code 2), reported
/// with the file it concerns and what to do.
/// </summary>
public sealed class PlanFileException(string path, string problem) : Exception($"{path}: {problem}")
{
    /// <summary>The file or folder the problem is in.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong and what to do about it.</summary>
    public string Problem { get; } = problem;
}
