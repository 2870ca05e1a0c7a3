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
    /// <remarks>
    /// Implementation note: each replication's sailings are read once, adding what every sailing carried to
    /// its two ports' totals in sailing order (the same additions in the same order as summing per row, so
    /// the same figures), instead of once per port, direction and unit: a run of many replications has tens
    /// of thousands of sailings each.
    /// </remarks>
    public static IReadOnlyList<PortRow> Of(ExperimentResult result)
    {
        var spec = result.Spec;
        var warmupHours = spec.WarmupDays * 24;
        var horizonHours = spec.HorizonDays * 24;
        var years = (horizonHours - warmupHours) / 8760.0;
        var totals = result.Replications.Select(r => Totals(r.Sailings, warmupHours, horizonHours)).ToList();
        var rows = new List<PortRow>();
        foreach (var port in spec.Ports)
        {
            foreach (var direction in (Direction[])[Direction.Westbound, Direction.Eastbound])
            {
                for (var u = 0; u < Units.Count; u++)
                {
                    IReadOnlyList<double> PerYear(bool landed) =>
                        [.. totals.Select(t => t.TryGetValue((port.Name, direction, landed), out var carried) ? carried[u] / years : 0.0)];
                    rows.Add(new PortRow(port.Name, direction, Units[u].Unit,
                        ConfidenceInterval.ForMean(PerYear(landed: true)), ConfidenceInterval.ForMean(PerYear(landed: false))));
                }
            }
        }

        return rows;
    }

    /// <summary>One replication's units of each kind landed at and shipped from each port, by direction.</summary>
    private static Dictionary<(string Port, Direction Direction, bool Landed), double[]> Totals(
        IEnumerable<SailingRecord> sailings, double warmupHours, double horizonHours)
    {
        var totals = new Dictionary<(string, Direction, bool), double[]>();
        void Add(string port, Direction direction, bool landed, in SailingRecord sailing)
        {
            if (!totals.TryGetValue((port, direction, landed), out var carried))
            {
                carried = new double[Units.Count];
                totals.Add((port, direction, landed), carried);
            }

            for (var u = 0; u < carried.Length; u++)
            {
                carried[u] += Units[u].Carried(sailing);
            }
        }

        foreach (var sailing in sailings)
        {
            if (sailing.ArrivedHours >= warmupHours && sailing.ArrivedHours <= horizonHours)
            {
                Add(sailing.ToPort, sailing.Direction, landed: true, sailing);
            }

            if (sailing.DepartedHours >= warmupHours)
            {
                Add(sailing.FromPort, sailing.Direction, landed: false, sailing);
            }
        }

        return totals;
    }
}
