using CorridorSim.Corridor.Validation;
using CorridorSim.Scenarios;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// The capacity check: a scenario whose capacities can never carry its demand is warned about before the
/// run, per facility, with the offered load against the capacity in numbers, not left to a silent endless queue.
/// </summary>
public class CapacityWarningTests(ITestOutputHelper output)
{
    private static readonly string BaselinePath = RepositoryPaths.Scenario("baseline-2024.yaml");

    private static IReadOnlyList<string> DemandTimes(double factor) =>
        [.. ScenarioLoader.Load(BaselinePath).Spec!.Flows.Select(f => FormattableString.Invariant($"flows.{f.Name}.annual_tonnes={f.AnnualTonnes * factor}"))];

    [Fact]
    public void Baseline_AsBundled_HasNoCapacityWarning()
    {
        // Given the bundled 2024 baseline, which the corridor carried
        // When it is loaded
        var result = ScenarioLoader.Load(BaselinePath);

        // Then no facility is reported over capacity
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("a year to its"));
    }

    [Fact]
    public void Baseline_FiveTimesTheDemand_WarnsPerOverloadedFacilityWithOfferedLoadAndCapacity()
    {
        // Given the baseline with every flow's demand times five (--set)
        var result = ScenarioLoader.Load(BaselinePath, DemandTimes(5));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        // When the model's own capacity analysis is compared with the loader's warnings
        var findings = CapacityCheck.Analyse(result.Spec!);
        var warnings = result.Warnings.Where(w => w.Message.Contains("a year to its")).ToList();
        foreach (var w in warnings) output.WriteLine(w.ToString());

        // Then each overloaded capacity has one warning, placed at its facility, giving offered load, capacity and share
        Assert.NotEmpty(findings);
        Assert.Equal(findings.Count, warnings.Count);
        foreach (var finding in findings)
        {
            var warning = Assert.Single(warnings, w => w.KeyPath.EndsWith("." + finding.Facility, StringComparison.Ordinal) && w.Message.Contains($"its {finding.Capacity},"));
            Assert.True(warning.Line >= 1, warning.ToString());
            Assert.Contains(FormattableString.Invariant($"{finding.OfferedPerYear:N0} {finding.Unit}"), warning.Message);
            Assert.Contains(FormattableString.Invariant($"can serve {finding.CapacityPerYear:N0}"), warning.Message);
            Assert.Contains(FormattableString.Invariant($"({finding.Utilisation * 100:0}%)"), warning.Message);
            Assert.True(finding.Utilisation > 1, finding.ToString());
        }
    }

    [Fact]
    public void Baseline_FiveTimesTheDemand_OfferedLoadScalesWithDemand()
    {
        // Given the baseline at its own demand and at five times it, without its background trains (a fixed load
        // that does not grow with the corridor's demand)
        var once = CapacityCheck.AnalyseAll(ScenarioLoader.Load(BaselinePath, ["background="]).Spec!);
        var fivefold = CapacityCheck.AnalyseAll(ScenarioLoader.Load(BaselinePath, [.. DemandTimes(5), "background="]).Spec!);

        // When the offered loads are compared capacity by capacity
        // Then each is five times as large and no capacity changed
        Assert.Equal(once.Count, fivefold.Count);
        foreach (var (a, b) in once.Zip(fivefold))
        {
            Assert.Equal((a.Facility, a.Capacity, a.CapacityPerYear), (b.Facility, b.Capacity, b.CapacityPerYear));
            Assert.Equal(a.OfferedPerYear * 5, b.OfferedPerYear, 1e-6 * b.OfferedPerYear);
        }
    }

    [Fact]
    public void Baseline_OneAktauFerry_WarnsThatTheFerryCannotCarryItsWagons()
    {
        // Given the baseline with a single Aktau–Alat rail ferry
        var result = ScenarioLoader.Load(BaselinePath, ["sea_services.aktau_alat_ferry.vessels=1"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        // When its warnings are read
        // (its eastbound capacity is warned of too: one ferry cannot bring the empties back either)
        var warning = Assert.Single(result.Warnings, w => w.KeyPath == "sea_services.aktau_alat_ferry" && w.Message.Contains("westbound fleet capacity"));
        output.WriteLine(warning.ToString());

        // Then the ferry's fleet capacity is named with the wagon slots offered and served, at the service's line
        var finding = Assert.Single(CapacityCheck.Analyse(result.Spec!), f => f.Facility == "aktau_alat_ferry" && f.Capacity == "westbound fleet capacity");
        Assert.Contains("wagon slots", warning.Message);
        Assert.Contains(FormattableString.Invariant($"{finding.OfferedPerYear:N0}"), warning.Message);
        Assert.Contains(FormattableString.Invariant($"{finding.CapacityPerYear:N0}"), warning.Message);
        Assert.Equal(File.ReadLines(BaselinePath).TakeWhile(l => !l.Contains("name: aktau_alat_ferry")).Count() + 1, warning.Line);
    }
}
