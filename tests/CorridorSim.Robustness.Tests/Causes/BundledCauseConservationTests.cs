using CorridorSim.Corridor;
using CorridorSim.Scenarios;
using CorridorSim.Testing;

namespace CorridorSim.Robustness.Tests.Causes;

/// <summary>Issue 13: on every bundled scenario, every consignment-hour of waiting is charged to exactly one cause.</summary>
public class BundledCauseConservationTests
{
    public static TheoryData<string> Scenarios() => [.. RepositoryPaths.BundledScenarios.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void BundledScenario_ShortHorizon_CausesSumToTheFacilitiesWaits(string file)
    {
        // Given a bundled scenario on a short horizon past its warm-up
        var spec = (ScenarioLoader.Load(RepositoryPaths.Scenario(file)).Spec ?? throw new InvalidOperationException($"{file} does not load"))
            with
        { HorizonDays = 75, WarmupDays = 15 };

        // When one replication runs
        var result = CorridorModel.RunReplication(spec, 0, new RunOptions());

        // Then the causes' consignment-hours sum to the waits the facilities recorded, to one part in a million
        var waited = result.Facilities.Sum(f => f.WaitingConsignmentHours);
        var charged = result.Causes.Sum(c => c.ConsignmentHours);
        Assert.True(waited > 0, $"{file}: nothing waited, so the test proves nothing");
        Assert.True(Math.Abs(charged - waited) <= 1e-6 * waited, $"{file}: causes {charged} consignment-hours, facilities {waited}");
    }
}
