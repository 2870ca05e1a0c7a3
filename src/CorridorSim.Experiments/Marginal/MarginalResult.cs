namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// A marginal study: the base scenario's replications, each tried candidate's on the same seeds, the
/// candidates screening left out, and the ranking.
/// </summary>
/// <param name="Base">The base scenario as run; exactly what a plain run of it on these seeds gives.</param>
/// <param name="Tried">Each tried candidate with its replications, in catalogue order.</param>
/// <param name="Screened">The capacity candidates left out because their facility was idle in the base run.</param>
/// <param name="Rows">The ranking, rank 1 first.</param>
public sealed record MarginalResult(
    ExperimentResult Base,
    IReadOnlyList<(MarginalCandidate Candidate, ExperimentResult Result)> Tried,
    IReadOnlyList<MarginalCandidate> Screened,
    IReadOnlyList<MarginalRow> Rows);
