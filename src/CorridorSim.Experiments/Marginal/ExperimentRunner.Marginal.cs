using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Marginal;

namespace CorridorSim.Experiments;

public sealed partial class ExperimentRunner
{
    /// <summary>
    /// The marginal value of each capacity and digital regime of <paramref name="spec"/>: the base replications,
    /// then every candidate that <see cref="MarginalScreen"/> keeps, on the base's seeds (common random numbers),
    /// all candidates' replications in one pool; ranked by <see cref="MarginalRanking"/>.
    /// </summary>
    /// <param name="spec">The base scenario.</param>
    /// <param name="apply">The scenario with one candidate's change, as a <c>--set</c> of <see cref="MarginalCandidate.Override"/> would give it.</param>
    /// <param name="options">Replications, seed and threads, as for <see cref="Run"/>; candidates keep no consignment records.</param>
    /// <param name="progress">Replications done of all known so far: the base's, then the base's and the candidates'.</param>
    /// <param name="cancellation">Stops the study promptly.</param>
    /// <exception cref="ExperimentArgumentException">Bad options, as for <see cref="Run"/>.</exception>
    public MarginalResult Marginal(
        CorridorSpec spec,
        Func<MarginalCandidate, CorridorSpec> apply,
        ExperimentOptions? options = null,
        IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(apply);
        options ??= ExperimentOptions.Default;
        var baseline = RunAll([spec], options, progress, cancellation)[0];

        var catalogue = CapacityCatalogue.Of(baseline.Spec);
        var tried = MarginalScreen.Tried(catalogue, MarginalEvidence.Of(baseline.Replications));
        var screened = catalogue.Except(tried).ToList();

        // The base's seed and replications for every candidate, so replication i of each draws what the base's did.
        var shared = options with { Seed = baseline.Spec.Seed, Replications = baseline.Spec.Replications, Consignments = ConsignmentRecording.None };
        var specs = tried.Select(c => apply(c) with { Name = c.Name }).ToList();
        var done = baseline.Replications.Count;
        var offset = progress is null ? null : new Progress(progress, done);
        var results = specs.Count == 0 ? [] : RunAll(specs, shared, offset, cancellation);

        var pairs = tried.Zip(results, (c, r) => (c, r)).ToList();
        return new MarginalResult(baseline, pairs, screened, MarginalRanking.Rank(baseline, pairs));
    }

    /// <summary>Reports the candidates' progress after the base's replications, so one bar covers the whole study.</summary>
    private sealed class Progress(IProgress<ExperimentProgress> inner, int before) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) =>
            inner.Report(value with { ReplicationsDone = value.ReplicationsDone + before, ReplicationsTotal = value.ReplicationsTotal + before });
    }
}
