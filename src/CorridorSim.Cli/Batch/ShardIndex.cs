using System.Globalization;

namespace CorridorSim.Cli.Batch;

/// <summary>
/// Which shard a <c>corridorsim shard</c> process runs: <c>--index</c>, or the batch engine's task index —
/// Slurm's <c>SLURM_ARRAY_TASK_ID</c>, then Kubernetes' <c>JOB_COMPLETION_INDEX</c>.
/// </summary>
internal static class ShardIndex
{
    /// <summary>The variables read, in order, when no <c>--index</c> is given.</summary>
    public static readonly IReadOnlyList<string> Variables = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"];

    /// <summary>The shard index, checked against the plan's <paramref name="shards"/>.</summary>
    /// <exception cref="InvalidInputException">No index anywhere, or one that is not a shard of the plan.</exception>
    public static int Resolve(int? index, int shards, Func<string, string?> environment)
    {
        var (value, source) = index is { } given ? (given.ToString(CultureInfo.InvariantCulture), "--index") : FromEnvironment(environment);
        if (value is null)
        {
            throw new InvalidInputException(
                $"no shard index: give --index K, or run inside a Slurm array job ({Variables[0]}) or a Kubernetes Indexed Job ({Variables[1]})");
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k >= shards)
        {
            throw new InvalidInputException($"{source} {value}: not a shard of this plan; expected a whole number from 0 to {shards - 1}");
        }

        return k;
    }

    private static (string? Value, string Source) FromEnvironment(Func<string, string?> environment)
    {
        foreach (var name in Variables)
        {
            if (environment(name) is { Length: > 0 } value) return (value.Trim(), name);
        }

        return (null, "");
    }
}
