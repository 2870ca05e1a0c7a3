using System.Numerics;
using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Routing;

namespace CorridorSim.Corridor.Model;

internal sealed partial class CorridorRun
{
    // Implementation note: a train's list of consignments and a passage's dwell each have one owner at a
    // time and a clear end (a train is broken up; a border is passed), and so does a consignment (it is
    // delivered, or an empty is home), so they are handed back here and lent again instead of being left
    // to the collector: these objects were about half of what a replication allocated.
    private readonly Stack<Dwell> _freeDwells = new();
    private readonly Stack<Consignment> _retired = new();
    private readonly Stack<Train> _brokenUp = new();

    // Free lists by size class: class k holds lists with room for at least 2^k units, so a truck's list of
    // one is never lent to a train of sixty and grown there, and a train's never wasted on a truck.
    private readonly Stack<List<Consignment>>?[] _freeUnitLists = new Stack<List<Consignment>>?[32];

    /// <summary>
    /// Breaks up <paramref name="train"/>, whose units have left it and whose row is written: its list and the
    /// train itself serve new trains. Its journey must end without reading it again.
    /// </summary>
    public void BreakUp(Train train)
    {
        ReturnUnits(train.BreakUp());
        _brokenUp.Push(train);
    }

    /// <summary>A new train with the next id, given the object of a broken-up one when there is one.</summary>
    private Train NewTrain(FlowModel flow, int routes, int position, List<Consignment> units, string formedAt, double formedHours)
    {
        var id = _nextTrainId++;
        if (_brokenUp.TryPop(out var train))
        {
            train.Renew(id, flow, routes, position, units, formedAt, formedHours);
            return train;
        }

        return new Train(id, flow, routes, position, units, formedAt, formedHours);
    }

    /// <summary>A new consignment with the next id, given the object of a retired one when there is one.</summary>
    public Consignment NewConsignment(FlowModel flow, double createdHours, bool inWindow, int routes)
    {
        var id = _nextConsignmentId++;
        if (_retired.TryPop(out var c))
        {
            c.Renew(id, flow, createdHours, inWindow, routes);
            return c;
        }

        return new Consignment(id, flow, createdHours, inWindow, routes);
    }

    /// <summary>
    /// Retires consignments that have left the corridor (delivered, or empties back at their origin), for
    /// their objects to serve new ones; those the book keeps for <c>consignments.csv</c> stay as they are.
    /// </summary>
    public void Retire(List<Consignment> units)
    {
        foreach (var c in units)
        {
            if (Book.All is null || c.Flow.IsEmpty)
            {
                _retired.Push(c);
            }
        }
    }

    /// <summary>An empty list for the consignments of a new train or vessel load, with room for <paramref name="capacity"/>.</summary>
    public List<Consignment> RentUnits(int capacity)
    {
        var sizeClass = capacity <= 1 ? 0 : BitOperations.Log2((uint)capacity - 1) + 1;
        if (_freeUnitLists[sizeClass] is { } free && free.TryPop(out var units))
        {
            return units;
        }

        return new List<Consignment>(1 << sizeClass);
    }

    /// <summary>
    /// Takes back the list of a train that was broken up or a landed load that was cleared; the caller, its
    /// only owner, no longer reads it.
    /// </summary>
    public void ReturnUnits(List<Consignment> units)
    {
        if (units.Capacity == 0)
        {
            return;
        }

        units.Clear();
        var sizeClass = BitOperations.Log2((uint)units.Capacity);
        (_freeUnitLists[sizeClass] ??= new Stack<List<Consignment>>()).Push(units);
    }

    /// <summary>A dwell for one passage of a facility; the renter begins it.</summary>
    public Dwell RentDwell() => _freeDwells.TryPop(out var dwell) ? dwell : new Dwell();

    /// <summary>Takes back a dwell whose passage has ended and whose waits are charged.</summary>
    public void ReturnDwell(Dwell dwell) => _freeDwells.Push(dwell);
}
