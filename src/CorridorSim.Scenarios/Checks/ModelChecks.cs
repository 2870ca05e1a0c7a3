using System.Globalization;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Validation;

namespace CorridorSim.Scenarios.Checks;

/// <summary>
/// The corridor model's own checks on a mapped spec: its <see cref="SpecValidator"/> (references, routes and
/// everything else only the whole spec shows), then, on a spec without errors, its <see cref="CapacityCheck"/>
/// (offered load against yearly capacity) as warnings, so an overloaded facility is named before the run.
/// </summary>
internal static class ModelChecks
{
    public static IEnumerable<SpecProblem> Check(CorridorSpec spec, Func<string, bool> mapped, bool whole)
    {
        var problems = SpecValidator.Validate(spec, mapped, whole);
        foreach (var problem in problems) yield return problem;
        if (!whole || problems.Any(p => !p.IsWarning)) yield break;

        foreach (var finding in CapacityCheck.Analyse(spec))
        {
            var path = CapacityCheck.KeyPathOf(spec, finding.Facility);
            // Written "361%", as the allowed text writes "100%" (the invariant culture's P0 would give "361 %");
            // a capacity near zero (train_paths_per_day: 1e-300) gives no 300-digit share.
            var utilisation = finding.Utilisation < 100 ? string.Create(CultureInfo.InvariantCulture, $"{finding.Utilisation * 100:0}%") : "over 10,000%";
            var capacity = finding.CapacityPerYear >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{finding.CapacityPerYear:N0}") : "less than 1";
            yield return new SpecProblem(path,
                string.Create(CultureInfo.InvariantCulture,
                    $"demand offers {finding.OfferedPerYear:N0} {finding.Unit} a year to its {finding.Capacity}, which can serve {capacity} ({utilisation}); queues will grow through the run"),
                utilisation, "an offered load below 100% of capacity (more capacity or less demand)", ProblemSeverity.Warning);
        }
    }
}
