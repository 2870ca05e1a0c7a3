using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Reporting.Folders;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// The steps <c>run</c>, <c>compare</c> and <c>sweep</c> share once their scenarios are loaded: read the
/// start time from the injected clock, claim the result folder, run the replications behind a progress
/// bar, write every file, move the folder into place and tell the user.
/// </summary>
internal static class ExperimentFlow
{
    /// <summary>Runs <paramref name="experiment"/> on the corridor model with the command line's options.</summary>
    public static int Execute<TResult>(
        CommandEnvironment environment, ExperimentSettings settings, CommandExperiment<TResult> experiment, CancellationToken cancellation)
    {
        var started = environment.Time.GetUtcNow();

        // The folder is claimed before the run so an existing --out is refused before hours of work.
        using var folder = ResultOutput.Open(settings, experiment.FolderName, started);
        var how = new ExperimentStart(new ExperimentRunner(environment.Time), settings.ExperimentOptions(), settings.Quiet, started, environment.CommandLine)
        {
            Tables = settings.Tables(),
        };
        return Execute(environment, experiment, how, folder, cancellation);
    }

    /// <summary>Runs <paramref name="experiment"/> as <paramref name="how"/> says into a folder already claimed.</summary>
    public static int Execute<TResult>(
        CommandEnvironment environment, CommandExperiment<TResult> experiment, ExperimentStart how, ResultFolder folder, CancellationToken cancellation)
    {
        var console = environment.Console;
        var reference = experiment.Reference;
        var runContext = new RunContext(how.CommandLine, reference.Seed, reference.Replications, how.Options.ThreadCount,
            ProgramInfo.Version, how.StartedUtc, how.Options.Consignments, how.Tables);

        // Disposed before the folder: a failed run's folder is never removed while a table is still being written into it.
        using var recorded = experiment.StartRecordedTables(folder.WorkingPath, runContext, cancellation);
        var result = ProgressReporter.Run(console, how.Quiet, experiment.ProgressLabel,
            report => experiment.Run(how.Runner, how.Options,
                new ProgressCallback<ExperimentProgress>(p => report(p.ReplicationsDone, p.ReplicationsTotal)), recorded, cancellation));

        experiment.Write(folder.WorkingPath, result, runContext, recorded, cancellation);
        var written = folder.Commit();

        experiment.Tell(console, result);
        UserText.Line(console, "Results: ", written);
        return ExitCodes.Success;
    }
}
