using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>
/// Shows a progress bar with work done and time left while replications run; silent with
/// <c>--quiet</c> or when output is redirected (a log file should not fill with redraws).
/// </summary>
public static class ProgressReporter
{
    /// <summary>Runs <paramref name="work"/>, giving it a callback (done, total) that moves the bar.</summary>
    public static T Run<T>(IAnsiConsole console, bool quiet, string title, Func<Action<int, int>, T> work)
    {
        if (quiet || Console.IsOutputRedirected || !console.Profile.Capabilities.Interactive)
            return work((_, _) => { });

        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .Start(ctx =>
            {
                // A task's title is markup, which also turns ":name:" into an emoji; a word joiner after each colon
                // keeps a scenario's name as written.
                var task = ctx.AddTask(Markup.Escape(title).Replace(":", ":\u2060", StringComparison.Ordinal));
                result = work((done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
                task.StopTask();
            });
        return result;
    }
}
