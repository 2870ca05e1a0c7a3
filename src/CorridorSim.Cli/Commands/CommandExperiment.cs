using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// One experiment as a command runs it — a scenario's replications, a comparison or a sweep: what its
/// result folder and progress bar are called, how it runs, which files it writes and what it tells the user.
/// </summary>
/// <typeparam name="TResult">What the experiment runner returns for it.</typeparam>
/// <remarks>Built from loaded scenarios; <see cref="ExperimentFlow"/> takes it through the steps every command shares.</remarks>
internal abstract class CommandExperiment<TResult>
{
    /// <summary>The name of the default result folder, <c>results/&lt;name&gt;/</c>.</summary>
    public abstract string FolderName { get; }

    /// <summary>The progress bar's title.</summary>
    public abstract string ProgressLabel { get; }

    /// <summary>The scenario whose seed and replications the manifest records (the first one compared).</summary>
    public abstract CorridorSpec Reference { get; }

    /// <summary>Runs every replication on <paramref name="runner"/>.</summary>
    public abstract TResult Run(ExperimentRunner runner, ExperimentOptions options, IProgress<ExperimentProgress> progress, CancellationToken cancellation);

    /// <summary>Writes every result file into <paramref name="folder"/>, a result folder's working path.</summary>
    public abstract void Write(string folder, TResult result, RunContext context, CancellationToken cancellation);

    /// <summary>Prints the answer in a few lines once the folder is in place.</summary>
    public abstract void Tell(IAnsiConsole console, TResult result);
}
