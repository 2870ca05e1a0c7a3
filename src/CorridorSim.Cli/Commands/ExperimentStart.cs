using CorridorSim.Experiments;

namespace CorridorSim.Cli.Commands;

/// <summary>How an experiment's replications are run and recorded by <see cref="ExperimentFlow"/>.</summary>
/// <param name="Runner">Runs the replications: on the model, or replaying a plan's shards.</param>
/// <param name="Options">Threads and consignment records.</param>
/// <param name="Quiet">No progress bar.</param>
/// <param name="StartedUtc">When the experiment started, as the manifest records it.</param>
/// <param name="CommandLine">The command line the manifest records: as typed, or the plan's for a merge.</param>
internal sealed record ExperimentStart(ExperimentRunner Runner, ExperimentOptions Options, bool Quiet, DateTimeOffset StartedUtc, string CommandLine)
{
    /// <summary>How the big tables are written (<c>--table-format</c>); a merge writes the default.</summary>
    public Reporting.TableFormat Tables { get; init; } = Reporting.TableFormat.Parquet;
}
