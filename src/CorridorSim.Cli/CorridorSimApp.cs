using CorridorSim.Cli.Commands;
using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Batch;
using CorridorSim.Reporting.Folders;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli;

/// <summary>
/// The <c>corridorsim</c> command-line application: its verbs, Ctrl+C, SIGTERM and SIGHUP handling and the mapping of
/// every way a command can end onto an exit code.
/// </summary>
public static class CorridorSimApp
{
    /// <summary>
    /// Width given to output that is redirected (a log file, an editor's build task, a pipe): Spectre would wrap
    /// it at 80 columns and split <c>file:line:col: key.path: message</c> diagnostics that are read line by line.
    /// </summary>
    private const int RedirectedWidth = 4096;

    /// <summary>Runs one command line on the process's console and returns its exit code.</summary>
    /// <remarks>Standard output is written through <see cref="StandardOutput"/>, so a closed or full one never aborts the run.</remarks>
    public static int Run(string[] args)
    {
        var output = new StandardOutput();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = output.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = output.IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!output.IsTerminal) console.Profile.Width = RedirectedWidth;
        return Run(args, console, CancellationToken.None);
    }

    /// <summary>Runs one command line; the console, an outer cancellation and the clock are injectable for tests.</summary>
    /// <param name="args">The command line's arguments.</param>
    /// <param name="console">Where the command prints.</param>
    /// <param name="outerCancellation">Stops the command as Ctrl+C would (exit code 130).</param>
    /// <param name="time">The clock commands read their start time from; the system clock when null.</param>
    public static int Run(string[] args, IAnsiConsole console, CancellationToken outerCancellation, TimeProvider? time = null)
    {
        using var signals = new StopSignals(outerCancellation);
        try
        {
            OptionValues.CheckPresent(args);
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
                config.AddCommand<BottlenecksCommand>("bottlenecks").WithDescription("Rank what one more unit of each busy capacity, and each customs post's next digital regime, is worth.");
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
            return app.Run(args, signals.Token);
        }
        catch (Exception e) when (signals.Stopped && IsCancellation(e))
        {
            console.MarkupLine($"[yellow]{signals.Reason}: nothing was written.[/]");
            return signals.ExitCode;
        }
        catch (Exception e) when (Find<InvalidInputException>(e) is { } invalid)
        {
            UserText.Error(console, invalid.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (Find<EnvironmentFaultException>(e) is { } fault)
        {
            UserText.Error(console, fault.Message);
            return ExitCodes.EnvironmentFault;
        }
        catch (ExperimentArgumentException e)
        {
            UserText.Error(console, $"{e.Argument}: {e.Problem}; expected {e.Expected}");
            return ExitCodes.InvalidInput;
        }
        catch (PlanFileException e)
        {
            UserText.Error(console, e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (ResultFolderExistsException e)
        {
            UserText.Error(console, $"{e.Path} already exists; add --force to replace it once the new results are complete, or choose another --out.");
            return ExitCodes.InvalidInput;
        }
        catch (ResultFolderRefusedException e)
        {
            UserText.Error(console, e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (CommandAppException e)
        {
            // A malformed command line (unknown verb or option, missing argument) is invalid input.
            UserText.Error(console, e.Message);
            console.MarkupLine("Run [bold]corridorsim --help[/] for the commands and their options.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (EnvironmentFaults.IsEnvironmental(e))
        {
            // Files are written only where the user asked; a refusal there is the machine's, not a bug.
            UserText.Error(console, $"nothing was written: {EnvironmentFaults.Describe(e)}");
            return ExitCodes.EnvironmentFault;
        }
        catch (Exception e)
        {
            console.MarkupLine("[red]internal error: this is a bug in CorridorSim, not a problem with your input.[/]");
            console.WriteLine(e.ToString());
            return ExitCodes.InternalFault;
        }
    }

    private static bool IsCancellation(Exception e) => Find<OperationCanceledException>(e) is not null;

    /// <summary>The first exception of type <typeparamref name="T"/> in <paramref name="e"/>'s chain of causes (Spectre wraps a converter's).</summary>
    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (Exception? at = e; at is not null; at = at.InnerException)
        {
            if (at is T found) return found;
            if (at is AggregateException { InnerExceptions.Count: 1 } single) return Find<T>(single.InnerExceptions[0]);
        }

        return null;
    }
}
