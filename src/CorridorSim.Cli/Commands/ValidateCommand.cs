using CorridorSim.Cli.Terminal;
using CorridorSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary><c>corridorsim validate SCENARIO...</c>: loads and checks each file, runs nothing.</summary>
public sealed class ValidateCommand(CommandEnvironment environment) : Command<ValidateSettings>
{
    /// <summary>Loads and checks every file; exit code 2 when any has an error.</summary>
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellation)
    {
        var console = environment.Console;
        var failed = 0;
        foreach (var path in settings.Scenarios)
        {
            var loaded = ScenarioLoader.Load(path, settings.Set);
            DiagnosticPrinter.Errors(console, loaded.Errors);
            DiagnosticPrinter.Warnings(console, loaded.Warnings);
            if (loaded.Succeeded)
                console.MarkupLineInterpolated($"[green]ok[/] {path} ({loaded.Spec!.Flows.Count} flows, {loaded.Warnings.Count} warnings)");
            else
                failed++;
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
