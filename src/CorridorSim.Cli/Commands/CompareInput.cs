using CorridorSim.Cli.Terminal;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// The scenarios <c>compare</c> (and <c>plan compare</c>) runs: each file named, then each <c>--variant</c> of the
/// first, every one loaded and checked before anything runs.
/// </summary>
internal static class CompareInput
{
    /// <summary>The scenarios in order, each with the overrides its report title shows.</summary>
    /// <exception cref="InvalidInputException">A variant that does not parse, repeats a name, or whose settings do not fit the base.</exception>
    public static IReadOnlyList<(ScenarioLoadResult Loaded, IReadOnlyList<string> Overrides)> Load(
        IAnsiConsole console, CompareSettings settings, ScenarioAccess? access, CancellationToken cancellation)
    {
        var variants = settings.Variant.Select(CompareVariant.Parse).ToList();
        var files = settings.Scenarios.Select(path => ScenarioInput.Load(console, path, settings.Overrides(), access, cancellation)).ToList();
        var scenarios = files.Select(l => (l, (IReadOnlyList<string>)settings.Set)).ToList();
        var names = new HashSet<string>(files.Select(f => f.Spec!.Name), StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            if (!names.Add(variant.Name))
            {
                throw new InvalidInputException($"--variant \"{variant.Name}: …\": the name '{variant.Name}' is already a compared scenario's or variant's; give each variant its own name.");
            }

            scenarios.Add((Apply(console, files[0], variant), [.. settings.Set, .. variant.Settings]));
        }

        return scenarios;
    }

    /// <summary>The base with the variant's settings, renamed to the variant; exit 2 with every error if they do not fit it.</summary>
    private static ScenarioLoadResult Apply(IAnsiConsole console, ScenarioLoadResult baseScenario, CompareVariant variant)
    {
        var overrides = ScenarioOverrides.Parse([.. variant.Settings, $"name={variant.Name}"]);
        var applied = ScenarioOverrides.Apply(baseScenario, overrides);
        if (applied.Succeeded) return applied;

        DiagnosticPrinter.Errors(console, applied.Errors);
        var count = applied.Errors.Count == 1 ? "1 error" : $"{applied.Errors.Count} errors";
        throw new InvalidInputException($"--variant {variant.Name}: {count}; nothing was run.");
    }
}
