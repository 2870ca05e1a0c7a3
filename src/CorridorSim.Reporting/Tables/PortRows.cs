using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>Builds <c>ports.csv</c>'s rows from the replications' sailings: every port of the scenario, both directions, every unit kind.</summary>
/// <remarks>
/// A sailing counts as shipped from its port when it left in the window (after the warm-up), and as landed
/// at the other port when it reached it in the window (after the warm-up, by the end of the horizon); a
/// sailing still at sea at the end has landed nothing yet. So <c>sailings.csv</c> summed the same way gives
/// the same figures.
/// </remarks>
public static class PortRows
{
    /// <summary>The unit kinds, in the order each port lists them, with what a sailing carries of each.</summary>
    public static IReadOnlyList<(string Unit, Func<SailingRecord, double> Carried)> Units { get; } =
    [
        ("loaded_wagons", s => s.WagonsLoaded),
        ("empty_wagons", s => s.WagonsEmpty),
        ("trucks", s => s.Trucks),
        ("loaded_teu", s => s.TeuLoaded),
        ("empty_teu", s => s.TeuEmpty),
        ("oil_tonnes", s => s.OilTonnes),
    ];

    /// <summary>One row per port (in the scenario's order), direction and unit kind.</summary>
    public static IReadOnlyList<PortRow> Of(ExperimentResult result)
    {
        var spec = result.Spec;
        var warmupHours = spec.WarmupDays * 24;
        var horizonHours = spec.HorizonDays * 24;
        var years = (horizonHours - warmupHours) / 8760.0;
        var rows = new List<PortRow>();
        foreach (var port in spec.Ports)
        {
            foreach (var direction in (Direction[])[Direction.Westbound, Direction.Eastbound])
            {
                foreach (var (unit, carried) in Units)
                {
                    IReadOnlyList<double> PerYear(Func<SailingRecord, bool> counts) =>
                        [.. result.Replications.Select(r => r.Sailings.Where(s => s.Direction == direction && counts(s)).Sum(carried) / years)];
                    var landed = PerYear(s => s.ToPort == port.Name && s.ArrivedHours >= warmupHours && s.ArrivedHours <= horizonHours);
                    var shipped = PerYear(s => s.FromPort == port.Name && s.DepartedHours >= warmupHours);
                    rows.Add(new PortRow(port.Name, direction, unit, ConfidenceInterval.ForMean(landed), ConfidenceInterval.ForMean(shipped)));
                }
            }
        }

        return rows;
    }
}
