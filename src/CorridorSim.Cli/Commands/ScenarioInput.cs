using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>Loads scenario files for a command: errors end it with exit code 2, warnings are shown and it goes on.</summary>
public static class ScenarioInput
{
    /// <summary>Loads one scenario file, or ends the command with exit code 2 after printing every error.</summary>
    /// <param name="console">Where errors and warnings are printed.</param>
    /// <param name="path">The scenario file as the user named it.</param>
    /// <param name="overrides">The command line's <c>--set</c> texts (and seed and replications as overrides).</param>
    /// <param name="access">The folders an <c>extends</c> may reach; only the scenario's own and the bundled ones when null.</param>
    /// <param name="cancellation">Ctrl+C, SIGTERM or SIGHUP: honoured while a large file loads.</param>
    public static ScenarioLoadResult Load(IAnsiConsole console, string path, IReadOnlyList<string> overrides,
        ScenarioAccess? access = null, CancellationToken cancellation = default)
    {
        var loaded = ScenarioLoader.Load(path, overrides, access, cancellation);
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
    /// The compared scenarios as <c>compare</c> actually runs them: every one on the first one's seed and
    /// replications (common random numbers), so that each sub-folder's <c>scenario.resolved.yaml</c> reproduces its files.
    /// </summary>
    public static IReadOnlyList<ScenarioLoadResult> OnTheFirstsSeeds(IAnsiConsole console, IReadOnlyList<ScenarioLoadResult> loaded)
    {
        var first = loaded[0].Spec!;
        IReadOnlyList<ScenarioOverride> shared =
        [
            ScenarioOverrides.Parse(FormattableString.Invariant($"seed={first.Seed}")),
            ScenarioOverrides.Parse(FormattableString.Invariant($"replications={first.Replications}")),
        ];
        return loaded
            .Select((l, i) => i == 0 || (l.Spec!.Seed == first.Seed && l.Spec.Replications == first.Replications) ? l : ApplyPoint(console, l, shared))
            .ToList();
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
