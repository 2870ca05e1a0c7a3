using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Results;

namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// The tally of what every place holds when the run ends, built by asking each train, yard, queue and
/// vessel for its consignments: the "in the system" side of the conservation ledger.
/// </summary>
internal sealed class Holdings
{
    private readonly Dictionary<string, double> _tonnesByPlace = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Tonnes held of consignments created after the warm-up (the backlog KPI).</summary>
    public double WindowTonnes { get; private set; }

    /// <summary>Loaded units held, for the unit ledger.</summary>
    public long LoadedUnits { get; private set; }

    /// <summary>Empty wagons and containers held, for the unit ledger.</summary>
    public long EmptyUnits { get; private set; }

    public void Add(string place, IEnumerable<Consignment> consignments)
    {
        var tonnes = 0.0;
        foreach (var c in consignments)
        {
            if (c.Flow.IsEmpty)
            {
                EmptyUnits++;
                continue;
            }

            LoadedUnits++;
            tonnes += c.Tonnes;
            if (c.InWindow)
            {
                WindowTonnes += c.Tonnes;
            }
        }

        if (!_tonnesByPlace.TryGetValue(place, out var before))
        {
            _order.Add(place);
        }

        _tonnesByPlace[place] = before + tonnes;
    }

    /// <summary>Adds tonnes held at <paramref name="place"/> that belong to no consignment (background trains).</summary>
    public void AddTonnes(string place, double tonnes)
    {
        if (!_tonnesByPlace.TryGetValue(place, out var before))
        {
            _order.Add(place);
        }

        _tonnesByPlace[place] = before + tonnes;
    }

    /// <summary>The ledger entries, one per place that holds cargo, in the order places were reported.</summary>
    public IReadOnlyList<LedgerEntry> Entries() =>
        [.. _order.Where(p => _tonnesByPlace[p] > 0).Select(p => new LedgerEntry(p, _tonnesByPlace[p]))];
}
