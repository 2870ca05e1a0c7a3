using CorridorSim.Scenarios.Overrides;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios;

/// <summary>
/// Command-line overrides of scenario values: <c>--set key.path=value</c> for a run, and the points of a
/// <c>--vary key=v1,v2,…</c> sweep, which are lists of such overrides applied to one loaded scenario.
/// </summary>
public static class ScenarioOverrides
{
    /// <summary>Splits <c>key.path=value</c> at the first <c>=</c>. Never fails: a malformed text is reported when applied.</summary>
    public static ScenarioOverride Parse(string text)
    {
        var equals = text.IndexOf('=');
        return equals < 0
            ? new ScenarioOverride(text, text.Trim(), null)
            : new ScenarioOverride(text, text[..equals].Trim(), text[(equals + 1)..].Trim());
    }

    /// <summary>Splits every <c>--set</c> text into its key path and value.</summary>
    public static IReadOnlyList<ScenarioOverride> Parse(IEnumerable<string> texts) => texts.Select(Parse).ToList();

    /// <summary>
    /// The scenario of <paramref name="loaded"/> with <paramref name="overrides"/> applied on top of whatever it
    /// already had, mapped and checked again; the files are not read again. Errors of the loaded scenario
    /// that come from its files are kept.
    /// </summary>
    public static ScenarioLoadResult Apply(ScenarioLoadResult loaded, IReadOnlyList<ScenarioOverride> overrides)
    {
        if (loaded.Document is null) return loaded;
        var bag = new DiagnosticBag();
        bag.AddErrors(loaded.DocumentErrors);
        return ScenarioLoader.Build(loaded.Document, loaded.DefaultName, loaded.SourceFiles, bag, overrides);
    }
}
