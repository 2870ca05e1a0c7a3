using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

/// <summary>The names a scenario defines, by kind, for the validator's look-ups.</summary>
internal sealed class SpecNames
{
    public SpecNames(CorridorSpec spec)
    {
        Origins = Set(spec.Origins.Select(o => o.Name));
        Destinations = Set(spec.Destinations.Select(d => d.Name));
        Borders = Set(spec.Borders.Select(b => b.Name));
        Ports = Set(spec.Ports.Select(p => p.Name));
        Regimes = Set(spec.CustomsRegimes.Select(r => r.Name));
        SeaServices = Set(spec.SeaServices.Select(s => s.Name));
        Facilities = Set(Origins.Concat(Destinations).Concat(Borders).Concat(Ports));
        Closable = Set(Facilities
            .Concat(spec.RailLegs.Select(l => l.Name))
            .Concat(spec.RoadLegs.Select(l => l.Name))
            .Concat(SeaServices));
    }

    public HashSet<string> Origins { get; }

    public HashSet<string> Destinations { get; }

    public HashSet<string> Borders { get; }

    public HashSet<string> Ports { get; }

    public HashSet<string> Regimes { get; }

    public HashSet<string> SeaServices { get; }

    /// <summary>Origins, destinations, borders and ports.</summary>
    public HashSet<string> Facilities { get; }

    /// <summary>Everything a disruption can close: facilities, legs and sea services.</summary>
    public HashSet<string> Closable { get; }

    private static HashSet<string> Set(IEnumerable<string?> names) =>
        new(names.Where(n => !string.IsNullOrEmpty(n)).Select(n => n!), StringComparer.Ordinal);
}
