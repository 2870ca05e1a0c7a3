using CorridorSim.Robustness.Tests.Fuzzing;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// Fuzzed scenario input (README, "Reliability"), on the baseline: keys deleted, duplicated and retyped, numbers made
/// negative, zero, tiny, huge or not finite, lists emptied, references broken, names swapped, routes cut, the
/// YAML broken, the bytes made invalid, <c>extends</c> made circular and the file made too large. Each input
/// must load and run a short horizon with a balancing ledger, or be rejected with located errors; nothing throws.
/// </summary>
/// <remarks>Split from <see cref="DerivedScenarioFuzzTests"/> so the two run side by side on two cores.</remarks>
public class ScenarioFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void MutatedBaseline_AnyEditOrDamage_LoadsAndRunsOrIsRejectedWithLocations() =>
        FuzzProperty.Run(FuzzCaseGen.Baseline, normalCases: 1000, normalSeed: 7_2025_0001, output);
}
