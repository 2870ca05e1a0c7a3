using Spectre.Console;

namespace CorridorSim.Cli;

/// <summary>What every command needs from its surroundings: the console, the command line as typed and the clock.</summary>
/// <param name="Console">Where the command prints.</param>
/// <param name="Arguments">The command line's arguments, as given.</param>
public sealed record CommandEnvironment(IAnsiConsole Console, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// The clock a command reads its start time from (the default result folder's name, the manifest) and
    /// times its replications with; the system clock unless a test injects another.
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The command line as a user would retype it, recorded in each manifest.</summary>
    public string CommandLine => "corridorsim " + string.Join(' ', Arguments.Select(Quote));

    private static string Quote(string arg) => arg.Any(char.IsWhiteSpace) ? $"\"{arg}\"" : arg;
}
