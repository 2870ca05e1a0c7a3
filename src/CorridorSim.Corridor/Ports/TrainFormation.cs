using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Routing;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Ports;

/// <summary>
/// A formation track at a port where wagons or containers landed from the sea are made up into a train
/// for the onward journey: the train leaves as soon as it is full, or when the first unit on the track has
/// waited the port's maximum, with whatever is there.
/// </summary>
/// <remarks>
/// One track per flow and set of open routes, so a train only carries units going the same way. The
/// maximum-wait timer is a plain timeout callback rather than a process: formation is the busiest step of
/// the model and needs no state beyond the waiting list.
/// </remarks>
internal sealed class TrainFormation
{
    private readonly Port _port;
    private readonly Simulation _sim;
    private readonly double _maxWaitHours;
    private readonly List<Consignment> _waiting = [];
    private readonly List<double> _readySince = [];
    private readonly Action<Event> _onTimer;
    private bool _timerPending;

    public TrainFormation(Port port, FlowModel flow, int routes, int position, double maxWaitHours)
    {
        _port = port;
        _sim = port.Run.Sim;
        Flow = flow;
        Routes = routes;
        Position = position;
        _maxWaitHours = maxWaitHours;
        _onTimer = OnTimer;
    }

    public FlowModel Flow { get; }

    public int Routes { get; }

    /// <summary>The port's position on the routes.</summary>
    public int Position { get; }

    /// <summary>The consignments on the track.</summary>
    public IReadOnlyList<Consignment> Waiting => _waiting;

    /// <summary>Puts a cleared consignment on the track; a full train leaves at once.</summary>
    public void Add(Consignment consignment)
    {
        _waiting.Add(consignment);
        _readySince.Add(_sim.Now);
        while (_waiting.Count >= Flow.UnitsPerTrain)
        {
            Dispatch(Flow.UnitsPerTrain);
        }

        ArmTimer();
    }

    private void ArmTimer()
    {
        if (_waiting.Count == 0 || _timerPending)
        {
            return;
        }

        _timerPending = true;
        var due = _readySince[0] + _maxWaitHours;
        _sim.Timeout(Math.Max(0, due - _sim.Now)).AddCallback(_onTimer);
    }

    private void OnTimer(Event timeout)
    {
        _timerPending = false;
        if (_waiting.Count > 0 && _sim.Now >= _readySince[0] + _maxWaitHours - 1e-9)
        {
            Dispatch(Math.Min(_waiting.Count, Flow.UnitsPerTrain));
        }

        ArmTimer();
    }

    private void Dispatch(int count)
    {
        var units = _port.Run.RentUnits(count);
        for (var i = 0; i < count; i++)
        {
            units.Add(_waiting[i]);
        }

        _waiting.RemoveRange(0, count);

        // The port reads the first count hours before they leave the track, so no copy is made of them.
        _port.DispatchTrain(this, units, _readySince);
        _readySince.RemoveRange(0, count);
    }
}
