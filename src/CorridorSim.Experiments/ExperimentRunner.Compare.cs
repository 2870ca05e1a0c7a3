using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

public sealed partial class ExperimentRunner
{
    /// <summary>
    /// Runs several scenarios on the same seeds and replication indices (common random numbers) and
    /// compares each KPI with the first scenario's by a paired 95% interval.
    /// </summary>
    /// <remarks>
    /// Every scenario runs with the first scenario's master seed and replication count (after the
    /// options), because a paired difference needs replication <i>i</i> of each scenario to draw the same
    /// random numbers wherever their structure is the same.
    /// </remarks>
    /// <exception cref="ExperimentArgumentException">Fewer than two scenarios, two with the same name, or bad options.</exception>
    public ComparisonResult Compare(
        IReadOnlyList<CorridorSpec> specs,
        ExperimentOptions? options = null,
        IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var shared = SharedOptions(specs, options ?? ExperimentOptions.Default);
        return ComparisonResult.Of(RunAll(specs, shared, progress, cancellation));
    }

    /// <summary>The options with the first scenario's seed and replications for all of them, after checking they can be compared.</summary>
    private static ExperimentOptions SharedOptions(IReadOnlyList<CorridorSpec> specs, ExperimentOptions options)
    {
        if (specs.Count < 2)
        {
            throw new ExperimentArgumentException(
                $"compare with {specs.Count} scenario(s)", "nothing to compare", "at least two scenarios");
        }

        var repeated = specs.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ExperimentArgumentException(
                $"scenario name '{repeated.Key}'", "given to more than one compared scenario", "a distinct name for each scenario");
        }

        var first = specs[0];
        return options with
        {
            Seed = options.Seed ?? first.Seed,
            Replications = options.Replications ?? first.Replications,
        };
    }
}
