using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>Prints scenario errors and warnings in the compiler-like form editors can jump from.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints each error, marked in red, in the form editors can jump from.</summary>
    public static void Errors(IAnsiConsole console, IEnumerable<ScenarioDiagnostic> errors)
    {
        foreach (var error in errors) console.MarkupLineInterpolated($"[red]error:[/] {error.ToString()}");
    }

    /// <summary>Prints each warning, marked in yellow, in the same form.</summary>
    public static void Warnings(IAnsiConsole console, IEnumerable<ScenarioDiagnostic> warnings)
    {
        foreach (var warning in warnings) console.MarkupLineInterpolated($"[yellow]warning:[/] {warning.ToString()}");
    }
}
