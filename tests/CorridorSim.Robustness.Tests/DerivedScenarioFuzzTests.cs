using CorridorSim.Robustness.Tests.Fuzzing;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// Fuzzed scenario input (README, "Reliability"), on the bundled scenarios that extend the baseline (digital customs,
/// growth, roadmap, storms, World Bank 2030): their overrides mutated as in <see cref="ScenarioFuzzTests"/>,
/// merged onto the pristine baseline they extend.
/// </summary>
public class DerivedScenarioFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void MutatedDerivedScenario_AnyEditOrDamage_LoadsAndRunsOrIsRejectedWithLocations() =>
        FuzzProperty.Run(FuzzCaseGen.Derived, normalCases: 800, normalSeed: 7_2025_0002, output);
}
