using CorridorSim.Corridor.Cargo;

namespace CorridorSim.Corridor.Model;

internal sealed partial class CorridorRun
{
    // Implementation note: a train's list of consignments and a passage's dwell each have one owner at a
    // time and a clear end (a train is broken up; a border is passed), so they are handed back here and
    // lent again instead of being left to the collector: trains are the model's most numerous objects after
    // consignments, and these lists and dwells were about a quarter of what a replication allocated.
    private readonly Stack<List<Consignment>> _freeUnitLists = new();
    private readonly Stack<Dwell> _freeDwells = new();

    /// <summary>An empty list for the consignments of a new train or vessel load, with room for <paramref name="capacity"/>.</summary>
    public List<Consignment> RentUnits(int capacity)
    {
        if (!_freeUnitLists.TryPop(out var units))
        {
            return new List<Consignment>(capacity);
        }

        units.EnsureCapacity(capacity);
        return units;
    }

    /// <summary>
    /// Takes back the list of a train that was broken up or a landed load that was cleared; the caller, its
    /// only owner, no longer reads it.
    /// </summary>
    public void ReturnUnits(List<Consignment> units)
    {
        units.Clear();
        _freeUnitLists.Push(units);
    }

    /// <summary>A dwell for one passage of a facility; the renter begins it.</summary>
    public Dwell RentDwell() => _freeDwells.TryPop(out var dwell) ? dwell : new Dwell();

    /// <summary>Takes back a dwell whose passage has ended and whose waits are charged.</summary>
    public void ReturnDwell(Dwell dwell) => _freeDwells.Push(dwell);
}
