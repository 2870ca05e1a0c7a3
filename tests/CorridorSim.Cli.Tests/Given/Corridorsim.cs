using Spectre.Console;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// Runs <c>corridorsim</c> in this process through <see cref="CorridorSimApp.Run(string[], IAnsiConsole, CancellationToken)"/>,
/// printing into a plain, non-interactive console whose text the test reads back.
/// </summary>
public static class Corridorsim
{
    /// <summary>
    /// Wide enough that no diagnostic is wrapped: the tests look for <c>file:line:col: key.path</c> on one line,
    /// with file names under the system temp folder.
    /// </summary>
    private const int ConsoleWidth = 1000;

    public static CliResult Run(params string[] args) => Run(CancellationToken.None, args);

    public static CliResult Run(CancellationToken cancellation, params string[] args) => Run(cancellation, null, args);

    /// <summary>Runs a command line whose commands read the time from <paramref name="time"/>.</summary>
    public static CliResult Run(CancellationToken cancellation, TimeProvider? time, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = ConsoleWidth;
        var exitCode = CorridorSimApp.Run(args, console, cancellation, time);
        return new CliResult(exitCode, writer.ToString());
    }

    /// <summary>The options that keep a run of the baseline short: a few simulated days, one or two replications.</summary>
    public static string[] Short(int horizonDays, int warmupDays, int replications) =>
    [
        "--set", $"horizon_days={horizonDays}", "--set", $"warmup_days={warmupDays}",
        "--replications", replications.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet",
    ];
}
