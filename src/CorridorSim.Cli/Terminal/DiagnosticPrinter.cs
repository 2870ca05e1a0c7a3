using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>Prints scenario errors and warnings in the compiler-like form editors can jump from.</summary>
public static class DiagnosticPrinter
{
    public static void Errors(IAnsiConsole console, IEnumerable<ScenarioDiagnostic> errors)
    {
        foreach (var error in errors) console.MarkupLineInterpolated($"[red]error:[/] {error.ToString()}");
    }

    public static void Warnings(IAnsiConsole console, IEnumerable<ScenarioDiagnostic> warnings)
    {
        foreach (var warning in warnings) console.MarkupLineInterpolated($"[yellow]warning:[/] {warning.ToString()}");
    }
}
