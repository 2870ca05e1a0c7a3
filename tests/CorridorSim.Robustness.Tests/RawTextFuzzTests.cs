using CorridorSim.Robustness.Tests.Fuzzing;
using CorridorSim.Scenarios;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// Text that never was a scenario (FsCheck's arbitrary strings: control characters, surrogates, brackets,
/// long runs) and scenario-shaped lines made of scenario words: the loader rejects it with located errors or
/// loads it, and never throws.
/// </summary>
/// <remarks>Fixed at 300 cases each with FsCheck.Xunit's Replay; the long mode (CORRIDORSIM_FUZZ_CASES) scales the scenario fuzz instead.</remarks>
public class RawTextFuzzTests
{
    private static readonly string[] Words =
    [
        "name:", "origins:", "destinations:", "flows:", "ports:", "rail_legs:", "sea_services:", "extends:", "- name:", "via:", "annual_tonnes:",
        "tonnes_per_unit:", "unit:", "wagon", "aktau", "alat", "[", "]", "{", "}", ",", "-", ":", "&a", "*a", "~", "1e300", "-1", ".nan", "'", "\"",
        "#", "\t", "  ", "\n", "\n  ", "\n    - ", "dist:", "triangular", "|", ">", "!!str", "---", "...", "?",
    ];

    private static LoadVerdict Judge(string text) =>
        ScenarioOracle.Judge(() => ScenarioLoader.LoadFromString(text, "raw.yaml"), horizonDays: 20, warmupDays: 0);

    [Property(MaxTest = 300, Replay = "(7202500041,7202500043)")]
    public void AnyString_LoadedAsAScenario_IsRejectedWithLocationsOrLoads(string? text) => Judge(text ?? "");

    [Property(MaxTest = 300, Replay = "(7202500051,7202500053)")]
    public Property ScenarioWords_InAnyOrder_AreRejectedWithLocationsOrLoad() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Words)).Select(w => string.Join(' ', w)).ToArbitrary(), text => Judge(text));
}
