using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Robustness.Tests.Capacity;

/// <summary>
/// "One more unit" of a facility's capacity, as a change to a scenario: a vessel for a sea service, a berth
/// for a port (of the first kind it has, in the order linkspan, container berth, oil berth), an exchange track each way
/// for a border, a train path a day for a rail leg.
/// </summary>
internal static class OneMoreUnit
{
    /// <summary>The <paramref name="count"/> most-utilised ports, borders and rail legs of a run, busiest first.</summary>
    public static IEnumerable<string> Busiest(ReplicationResult result, int count) =>
        result.Facilities
            .Where(f => f.Kind is FacilityKind.Port or FacilityKind.Border or FacilityKind.RailLeg)
            .OrderByDescending(f => f.Utilisation)
            .ThenBy(f => f.Facility, StringComparer.Ordinal)
            .Take(count)
            .Select(f => f.Facility);

    /// <summary>The scenario with one more unit of <paramref name="facility"/>, and what changed.</summary>
    public static (CorridorSpec Spec, string Change) Of(CorridorSpec spec, string facility)
    {
        if (spec.SeaServices.FirstOrDefault(s => s.Name == facility) is { } sea)
        {
            return (spec with { SeaServices = [.. spec.SeaServices.Select(s => s == sea ? s with { Vessels = s.Vessels + 1 } : s)] },
                $"{facility} {sea.Vessels} → {sea.Vessels + 1} vessels");
        }

        if (spec.Ports.FirstOrDefault(p => p.Name == facility) is { } port)
        {
            var kind = port.Berths.Where(b => b.Count > 0).Select(b => b.Kind).DefaultIfEmpty(BerthKind.Ferry).Min();
            var more = port with { Berths = [.. port.Berths.Select(b => b.Kind == kind ? b with { Count = b.Count + 1 } : b)] };
            var what = $"{kind.ToString().ToLowerInvariant()} berth";
            return (spec with { Ports = [.. spec.Ports.Select(p => p == port ? more : p)] }, $"{facility} one more {what}");
        }

        if (spec.Borders.FirstOrDefault(b => b.Name == facility) is { } border)
        {
            var more = border with
            {
                Westbound = border.Westbound with { ExchangeTracks = border.Westbound.ExchangeTracks + 1 },
                Eastbound = border.Eastbound with { ExchangeTracks = border.Eastbound.ExchangeTracks + 1 },
            };
            return (spec with { Borders = [.. spec.Borders.Select(b => b == border ? more : b)] }, $"{facility} one more exchange track each way");
        }

        var leg = spec.RailLegs.Single(l => l.Name == facility);
        return (spec with { RailLegs = [.. spec.RailLegs.Select(l => l == leg ? l with { TrainPathsPerDay = l.TrainPathsPerDay + 1 } : l)] },
            $"{facility} {leg.TrainPathsPerDay} → {leg.TrainPathsPerDay + 1} train paths a day");
    }
}
