using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>Prints scenario errors and warnings in the compiler-like form editors can jump from.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Each error on a line of its own, as plain text after a red <c>error:</c>.</summary>
    public static void Errors(IAnsiConsole console, IEnumerable<ScenarioDiagnostic> errors)
    {
        foreach (var error in errors) UserText.Error(console, error.ToString());
    }

    /// <summary>Each warning on a line of its own, as plain text after a yellow <c>warning:</c>.</summary>
    public static void Warnings(IAnsiConsole console, IEnumerable<ScenarioDiagnostic> warnings)
    {
        foreach (var warning in warnings) UserText.Warning(console, warning.ToString());
    }
}
