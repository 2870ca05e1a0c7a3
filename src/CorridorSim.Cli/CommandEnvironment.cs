using Spectre.Console;

namespace CorridorSim.Cli;

/// <summary>What every command needs from its surroundings: the console and the command line as typed.</summary>
public sealed record CommandEnvironment(IAnsiConsole Console, IReadOnlyList<string> Arguments)
{
    /// <summary>The command line as a user would retype it, recorded in each manifest.</summary>
    public string CommandLine => "corridorsim " + string.Join(' ', Arguments.Select(Quote));

    private static string Quote(string arg) => arg.Any(char.IsWhiteSpace) ? $"\"{arg}\"" : arg;
}
