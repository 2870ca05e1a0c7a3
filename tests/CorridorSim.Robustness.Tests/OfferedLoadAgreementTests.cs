using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Validation;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Scenarios;
using Xunit.Abstractions;

namespace CorridorSim.Robustness.Tests;

/// <summary>
/// <c>validate</c>'s offered load against what a run measures: wherever a facility is busy, the pre-run estimate
/// must say so, or its warnings mean nothing.
/// </summary>
public class OfferedLoadAgreementTests(ITestOutputHelper output)
{
    /// <summary>Utilisation from which the estimate must agree.</summary>
    private const double Busy = 0.5;

    /// <summary>How far apart, in utilisation, the estimate and the run may be.</summary>
    private const double Tolerance = 0.10;

    public static TheoryData<string> Bundled => [.. RepositoryPaths.BundledScenarios.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Bundled))]
    public void OfferedLoad_WhereTheRunIsBusy_AgreesWithItsUtilisationWithinTenPoints(string file)
    {
        // Given a bundled scenario on 200 days, its demand held at its starting level (the estimate takes a ramp's
        // peak, the run its average), run once on its seed
        var flat = ScenarioLoader.Load(RepositoryPaths.Scenario(file)).Spec!.Flows.Select(f => $"flows.{f.Name}.annual_tonnes_end=");
        var loaded = ScenarioLoader.Load(RepositoryPaths.Scenario(file), ["horizon_days=200", .. flat]);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var run = CorridorModel.RunReplication(loaded.Spec!, 0, new RunOptions());
        var findings = CapacityCheck.AnalyseAll(loaded.Spec!);

        // When each busy port, border and rail line is set beside its offered load, as the run measures it: a port
        // all its berths' hours together, a border its busiest step, a line its busier direction. Sea services are
        // left out: a vessel's busy share counts sailing back empty and waiting at the anchorage for a berth, which
        // the per-direction fleet capacity does not estimate.
        // A port that an overloaded fleet serves is left out too: its berths see only what the fleet can bring.
        var overloadedFleets = findings.Where(f => f.Capacity.EndsWith("fleet capacity", StringComparison.Ordinal) && f.Utilisation > 1).Select(f => f.Facility).ToHashSet();
        var starved = loaded.Spec!.SeaServices.Where(s => overloadedFleets.Contains(s.Name)).SelectMany(s => new[] { s.EastPort, s.WestPort }).ToHashSet();
        var compared = run.Facilities
            .Where(f => f.Utilisation >= Busy && f.Kind is FacilityKind.Port or FacilityKind.Border or FacilityKind.RailLeg)
            .Where(f => !starved.Contains(f.Facility))
            .Select(f => (f.Facility, Run: f.Utilisation, Offered: Offered(f, findings)))
            .ToList();
        foreach (var (facility, measured, offered) in compared)
        {
            output.WriteLine($"{facility}: run {measured:P1}, offered {offered:P1}");
        }

        // Then each agrees within ten percentage points (a capacity offered more than it can do runs at most full)
        Assert.All(compared, c => Assert.True(Math.Abs(Math.Min(1, c.Offered) - c.Run) <= Tolerance, $"{c.Facility}: run {c.Run:P1}, offered {c.Offered:P1}"));
    }

    private static double Offered(FacilityStats facility, IReadOnlyList<CapacityFinding> findings)
    {
        var own = findings.Where(f => f.Facility == facility.Facility).ToList();
        if (facility.Kind != FacilityKind.Port)
        {
            return own.Count == 0 ? 0 : own.Max(f => f.Utilisation);
        }

        var berths = own.Where(f => f.Unit == "berth hours").ToList();
        // Each kind of berth at most full: the feeders' cargo that the fleet cannot bring never reaches its berths.
        return berths.Sum(f => f.CapacityPerYear) is var hours and > 0 ? berths.Sum(f => Math.Min(f.OfferedPerYear, f.CapacityPerYear)) / hours : 0;
    }
}
