using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>Loads scenario files for a command: errors end it with exit code 2, warnings are shown and it goes on.</summary>
public static class ScenarioInput
{
    /// <summary>Loads one scenario file with the command line's overrides, or ends the command with exit code 2.</summary>
    public static ScenarioLoadResult Load(IAnsiConsole console, string path, IReadOnlyList<string> overrides)
    {
        var loaded = ScenarioLoader.Load(path, overrides);
        DiagnosticPrinter.Warnings(console, loaded.Warnings);
        if (loaded.Succeeded) return loaded;

        DiagnosticPrinter.Errors(console, loaded.Errors);
        throw new InvalidInputException($"{path}: {Count(loaded.Errors.Count)}; nothing was run.");
    }

    /// <summary>The loaded scenario with one sweep point's overrides applied, or exit 2 if they do not fit it.</summary>
    public static ScenarioLoadResult ApplyPoint(IAnsiConsole console, ScenarioLoadResult loaded, IReadOnlyList<ScenarioOverride> point)
    {
        var applied = ScenarioOverrides.Apply(loaded, point);
        if (applied.Succeeded) return applied;

        DiagnosticPrinter.Errors(console, applied.Errors);
        throw new InvalidInputException($"--vary {string.Join(' ', point.Select(p => p.Text))}: {Count(applied.Errors.Count)}; nothing was run.");
    }

    /// <summary>
    /// A sweep of <paramref name="loaded"/> over the <c>--vary</c> texts; every point is mapped and checked
    /// before anything runs, so a bad value stops the sweep at once.
    /// </summary>
    internal static SweepExperiment Sweep(IAnsiConsole console, ScenarioLoadResult loaded, IReadOnlyList<string> vary)
    {
        var grid = SweepGrid.Parse(vary);
        var points = grid.Points
            .Select(point => ApplyPoint(console, loaded, point.Select(s => ScenarioOverrides.Parse($"{s.Key}={s.Value}")).ToList()))
            .ToList();
        return new SweepExperiment(loaded, vary, grid, points);
    }

    private static string Count(int errors) => errors == 1 ? "1 error" : $"{errors} errors";
}
