using System.Globalization;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Marginal;

namespace CorridorSim.Experiments.Tests.Marginal;

/// <summary>
/// Applies a candidate's key path and value to a spec built in code, for the few keys the tiny corridors of
/// these tests have; the command line applies them as <c>--set</c> overrides instead (tested there).
/// </summary>
internal static class CandidateSpecs
{
    public static CorridorSpec Apply(CorridorSpec spec, MarginalCandidate candidate)
    {
        var path = candidate.KeyPath.Split('.');
        var name = path[1];
        var key = string.Join('.', path.Skip(2));
        int Whole() => int.Parse(candidate.Value, CultureInfo.InvariantCulture);
        double Number() => double.Parse(candidate.Value, CultureInfo.InvariantCulture);
        return path[0] switch
        {
            "ports" => spec with
            {
                Ports = [.. spec.Ports.Select(p => p.Name != name ? p : key switch
            {
                "ferry_berths" => p with { Berths = [.. p.Berths.Select(b => b.Kind == BerthKind.Ferry ? b with { Count = Whole() } : b)] },
                "yard_capacity_wagons" => p with { YardCapacityWagons = Whole() },
                "customs.regime" => p with { Customs = p.Customs! with { Regime = candidate.Value } },
                "customs.document_officers" => p with { Customs = p.Customs! with { DocumentOfficers = Whole() } },
                "customs.inspection_lanes" => p with { Customs = p.Customs! with { InspectionLanes = Whole() } },
                _ => throw Unknown(candidate),
            })]
            },
            "rail_legs" when key == "train_paths_per_day" => spec with { RailLegs = [.. spec.RailLegs.Select(l => l.Name == name ? l with { TrainPathsPerDay = Number() } : l)] },
            "sea_services" when key == "vessels" => spec with { SeaServices = [.. spec.SeaServices.Select(s => s.Name == name ? s with { Vessels = Whole() } : s)] },
            _ => throw Unknown(candidate),
        };
    }

    private static ArgumentException Unknown(MarginalCandidate candidate) =>
        new($"The test editor does not know {candidate.KeyPath}; add it or use a scenario file.", nameof(candidate));
}
