using CorridorSim.Cli.Commands;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Batch;
using CorridorSim.Reporting.Folders;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli;

/// <summary>
/// The <c>corridorsim</c> command-line application: its verbs, Ctrl+C handling and the mapping of
/// every way a command can end onto an exit code.
/// </summary>
public static class CorridorSimApp
{
    /// <summary>
    /// Width given to output that is redirected (a log file, an editor's build task, a pipe): Spectre would wrap
    /// it at 80 columns and split <c>file:line:col: key.path: message</c> diagnostics that are read line by line.
    /// </summary>
    private const int RedirectedWidth = 4096;

    /// <summary>Runs one command line on the process's console and exits with its exit code.</summary>
    public static int Run(string[] args)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected) console.Profile.Width = RedirectedWidth;
        return Run(args, console, CancellationToken.None);
    }

    /// <summary>Runs one command line; the console, an outer cancellation and the clock are injectable for tests.</summary>
    /// <param name="args">The command line's arguments.</param>
    /// <param name="console">Where the command prints.</param>
    /// <param name="outerCancellation">Stops the command as Ctrl+C would (exit code 130).</param>
    /// <param name="time">The clock commands read their start time from; the system clock when null.</param>
    public static int Run(string[] args, IAnsiConsole console, CancellationToken outerCancellation, TimeProvider? time = null)
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(outerCancellation);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Keep the process alive so the command can delete its temporary folder and exit with 130.
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var app = new CommandApp();
            app.Configure(config =>
            {
                config.SetApplicationName("corridorsim");
                config.PropagateExceptions();
                // Without it Spectre passes an unknown option on as a remaining argument and the run goes ahead.
                config.UseStrictParsing();
                config.ConfigureConsole(console);
                config.Settings.Registrar.RegisterInstance(new CommandEnvironment(console, args) { Time = time ?? TimeProvider.System });
                config.AddCommand<RunCommand>("run").WithDescription("Run a scenario's replications and write every result file.");
                config.AddCommand<CompareCommand>("compare").WithDescription("Run several scenarios on the same seeds and compare their KPIs.");
                config.AddCommand<SweepCommand>("sweep").WithDescription("Run a scenario over a grid of parameter values.");
                config.AddBranch("plan", plan =>
                {
                    plan.SetDescription("Split a run, compare or sweep into shards for Slurm or Kubernetes; writes plan.json and the job files, runs nothing.");
                    plan.AddCommand<PlanRunCommand>("run").WithDescription("Plan the replications of one scenario.");
                    plan.AddCommand<PlanCompareCommand>("compare").WithDescription("Plan several scenarios on the same seeds.");
                    plan.AddCommand<PlanSweepCommand>("sweep").WithDescription("Plan a scenario over a grid of parameter values.");
                });
                config.AddCommand<ShardCommand>("shard").WithDescription("Run one shard of a plan (index from --index, SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX).");
                config.AddCommand<MergeCommand>("merge").WithDescription("Merge a plan's finished shards into the result folder a local run writes.");
                config.AddCommand<ValidateCommand>("validate").WithDescription("Check scenario files without running them.");
                config.AddCommand<BenchCommand>("bench").WithDescription("Measure the kernel and the corridor model.");
            });
            return app.Run(args, interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]Interrupted: nothing was written.[/]");
            return ExitCodes.Interrupted;
        }
        catch (InvalidInputException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (ExperimentArgumentException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Argument}: {e.Problem}; expected {e.Expected}");
            return ExitCodes.InvalidInput;
        }
        catch (PlanFileException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (ResultFolderExistsException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Path} already exists; add --force to replace it once the new results are complete, or choose another --out.");
            return ExitCodes.InvalidInput;
        }
        catch (CommandAppException e)
        {
            // A malformed command line (unknown verb or option, missing argument) is invalid input.
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            console.MarkupLine("Run [bold]corridorsim --help[/] for the commands and their options.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            console.MarkupLine("[red]internal error: this is a bug in CorridorSim, not a problem with your input.[/]");
            console.WriteLine(e.ToString());
            return ExitCodes.InternalFault;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
