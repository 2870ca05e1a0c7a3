using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Reporting.Folders;
using CorridorSim.Reporting.Writing;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// One experiment as a command runs it — a scenario's replications, a comparison or a sweep — seen
/// without its result type: what a batch plan records of it and how it is taken through
/// <see cref="ExperimentFlow"/>.
/// </summary>
internal abstract class CommandExperiment
{
    /// <summary>Which experiment it is.</summary>
    public abstract ExperimentKind Kind { get; }

    /// <summary>The scenarios whose replications make up the experiment (each sweep point's), in order.</summary>
    public abstract IReadOnlyList<CorridorSpec> Specs { get; }

    /// <summary>The resolved scenario texts a plan stores: the one run, every compared one, or the sweep's base.</summary>
    public abstract IReadOnlyList<string> PlannedScenarios { get; }

    /// <summary>The sweep's <c>--vary</c> texts; empty otherwise.</summary>
    public virtual IReadOnlyList<string> Vary => [];

    /// <summary>Each sweep point's overrides as <c>key=value</c> texts; empty otherwise.</summary>
    public virtual IReadOnlyList<IReadOnlyList<string>> PointOverrides => [];

    /// <summary>The scenario whose seed and replications the manifest records (the first one compared).</summary>
    public abstract CorridorSpec Reference { get; }

    /// <summary>The name of the default result folder, <c>results/&lt;name&gt;/</c>.</summary>
    public abstract string FolderName { get; }

    /// <summary>Takes the experiment through <see cref="ExperimentFlow"/> into a folder already claimed.</summary>
    public abstract int Execute(CommandEnvironment environment, ExperimentStart how, ResultFolder folder, CancellationToken cancellation);
}

/// <summary>
/// One experiment as a command runs it — a scenario's replications, a comparison or a sweep: what its
/// result folder and progress bar are called, how it runs, which files it writes and what it tells the user.
/// </summary>
/// <typeparam name="TResult">What the experiment runner returns for it.</typeparam>
/// <remarks>Built from loaded scenarios; <see cref="ExperimentFlow"/> takes it through the steps every command shares.</remarks>
internal abstract class CommandExperiment<TResult> : CommandExperiment
{
    /// <summary>The progress bar's title.</summary>
    public abstract string ProgressLabel { get; }

    /// <summary>
    /// What this experiment starts writing into <paramref name="folder"/> while its replications still run, or
    /// null: only a run's recorded replication has such files (<see cref="RecordedTables"/>).
    /// </summary>
    public virtual RecordedTables? StartRecordedTables(string folder, RunContext context, CancellationToken cancellation) => null;

    /// <summary>Runs every replication on <paramref name="runner"/>, telling <paramref name="recorded"/> (if any) of each as it ends.</summary>
    public abstract TResult Run(
        ExperimentRunner runner, ExperimentOptions options, IProgress<ExperimentProgress> progress, RecordedTables? recorded, CancellationToken cancellation);

    /// <summary>Writes every result file into <paramref name="folder"/>, a result folder's working path, but what <paramref name="recorded"/> already writes.</summary>
    public abstract void Write(string folder, TResult result, RunContext context, RecordedTables? recorded, CancellationToken cancellation);

    /// <summary>Prints the answer in a few lines once the folder is in place.</summary>
    public abstract void Tell(IAnsiConsole console, TResult result);

    /// <inheritdoc/>
    public sealed override int Execute(CommandEnvironment environment, ExperimentStart how, ResultFolder folder, CancellationToken cancellation) =>
        ExperimentFlow.Execute(environment, this, how, folder, cancellation);
}
