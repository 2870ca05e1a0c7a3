using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Ports;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Statistics;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;
using MathNet.Numerics.Distributions;

namespace CorridorSim.Corridor.Sea;

/// <summary>
/// A sea service across the Caspian (or the Black Sea): a fleet of one vessel class — rail ferries,
/// container feeders or tankers — sailing round trips between an east and a west port, carrying each
/// direction's cargo or sailing empty.
/// </summary>
/// <remarks>
/// <para>
/// Each vessel is one process. At a port it waits for a berth (and for the port to be open), unloads what
/// it brought, takes cargo from the port's queue for the service in arrival order, and sails by the
/// service's departure policy: <c>when_full</c>, at its <c>timetable</c> hours, or <c>max_wait</c> hours
/// after the first cargo came aboard. Loading and unloading take the port's load time for the class. A
/// rail ferry's deck is counted in wagon slots, a truck taking capacity_wagons ÷ capacity_trucks slots.
/// </para>
/// <para>
/// Round trips: an empty vessel with nothing waiting where it is sails to the other port when cargo there
/// is not covered by vessels already at or heading to it (under <c>when_full</c>, only when that cargo would
/// fill a vessel). Storms and disruptions stop berthing and sailing. A vessel breaks down after an
/// exponential number of operating hours (mean <c>mtbf_hours</c>), found when it next reaches port, and is
/// out of service for its repair time, its cargo staying aboard.
/// </para>
/// </remarks>
internal sealed partial class SeaService : Facility
{
    private const double Tolerance = 1e-9;

    private readonly List<Vessel> _fleet = [];
    private readonly List<Vessel> _waiting = [];
    private readonly Variate _sailing;
    private readonly Random _breakdowns;
    private readonly Variate? _repair;
    private readonly double[] _timetable;
    private readonly TimeWeighted _busyShare;
    private readonly long[] _departures = new long[2];
    private readonly double[] _loadCarried = new double[2];
    private readonly string _vesselPlace;
    private double _outOfServiceHours;
    private double _countFrom;
    private int _busy;
    private int _sailingNow;

    public SeaService(CorridorRun run, SeaServiceSpec spec, Port east, Port west)
        : base(run, spec.Name, FacilityKind.SeaService)
    {
        Spec = spec;
        _vesselPlace = $"vessels:{spec.Name}";
        _countFrom = run.WarmupHours;
        Ends = [End(0, east), End(1, west)];
        Capacity = Rule.Capacity(spec);
        _sailing = new Variate(spec.SailingHours, run.Streams.Stream($"sailing:{spec.Name}"));
        _breakdowns = run.Streams.Stream($"breakdowns:{spec.Name}");
        _repair = spec.Breakdowns is { } b ? new Variate(b.RepairHours, _breakdowns) : null;
        _timetable = [.. (spec.TimetableHours ?? []).Order()];
        _busyShare = new TimeWeighted(run.Sim);
        SmallestUnitLoad = Capacity;
    }

    public SeaServiceSpec Spec { get; }

    /// <summary>What differs by the service's vessel class.</summary>
    public VesselClassRule Rule => VesselClassRules.For(Spec.VesselClass);

    /// <summary>The east end (index 0) and the west end (index 1).</summary>
    public SeaEnd[] Ends { get; }

    /// <summary>One vessel's capacity in the service's load unit.</summary>
    public double Capacity { get; }

    /// <summary>The smallest load of any unit that boards; less room than this means the vessel is full.</summary>
    public double SmallestUnitLoad { get; private set; }

    public override double InServiceNow => _sailingNow;

    /// <summary>The share of vessel-hours spent working: sailing, at anchor waiting for a berth, or handling cargo.</summary>
    public override double Utilisation => Zero(_busyShare.Mean);

    protected override SeaServiceStats SeaStats => new(
        Rule.LoadUnit,
        _departures[0],
        _departures[1],
        MeanLoad(0),
        MeanLoad(1),
        MeanLoad(0) / Capacity,
        MeanLoad(1) / Capacity,
        _outOfServiceHours);

    /// <summary>The load one unit of <paramref name="flow"/> takes aboard.</summary>
    public double UnitLoad(FlowModel flow) => Rule.UnitLoad(Spec, flow.Unit, flow.TeuPerUnit, flow.TonnesPerUnit);

    /// <summary>Registers a flow that boards this service, so that "full" knows its smallest unit.</summary>
    public void Serves(FlowModel flow) => SmallestUnitLoad = Math.Min(SmallestUnitLoad, UnitLoad(flow));

    /// <summary>Puts the fleet to sea: the first half of the vessels start at the east port, the rest at the west port.</summary>
    public void Start()
    {
        var atEast = (Spec.Vessels + 1) / 2;
        for (var i = 0; i < Spec.Vessels; i++)
        {
            var vessel = new Vessel(i, i < atEast ? 0 : 1, NextFailure(0));
            _fleet.Add(vessel);
            _busy++;
            _busyShare.Update((double)_busy / Spec.Vessels);
            Run.Sim.Process(Voyage(vessel), $"{Name}#{i}");
        }
    }

    /// <summary>Queues cargo at <paramref name="port"/> for this service and wakes vessels that may now sail.</summary>
    public void Enqueue(Port port, IReadOnlyList<Consignment> cargo)
    {
        var end = Ends[0].Port == port ? Ends[0] : Ends[1];
        foreach (var c in cargo)
        {
            end.Queue.Add(c, UnitLoad(c.Flow));
        }

        WakeWaiting();
    }

    public override void ResetStatistics()
    {
        base.ResetStatistics();
        _busyShare.Reset();
        Array.Clear(_departures);
        Array.Clear(_loadCarried);
        _outOfServiceHours = 0;
        _countFrom = Run.Sim.Now;
    }

    public override void CollectHoldings(Holdings holdings)
    {
        foreach (var end in Ends)
        {
            holdings.Add($"queue:{Name}@{end.Port.Name}", end.Queue.Units);
        }

        holdings.Add(_vesselPlace, _fleet.SelectMany(v => v.Aboard));
    }

    private double MeanLoad(int direction) => _departures[direction] > 0 ? _loadCarried[direction] / _departures[direction] : 0;

    private SeaEnd End(int index, Port port)
    {
        var (berths, loadHours) = port.BerthsFor(Rule.Berth);
        return new SeaEnd(
            index,
            port,
            berths ?? throw new InvalidOperationException($"{port.Name} has no berth for {Name}."),
            loadHours ?? throw new InvalidOperationException($"{port.Name} has no load time for {Name}."));
    }

    private static bool IsBusy(VesselPhase phase) => phase is not (VesselPhase.WaitingForCargo or VesselPhase.OutOfService);

    private void SetPhase(Vessel vessel, VesselPhase phase)
    {
        var change = (IsBusy(phase) ? 1 : 0) - (IsBusy(vessel.Phase) ? 1 : 0);
        vessel.Phase = phase;
        if (change != 0)
        {
            _busy += change;
            _busyShare.Update((double)_busy / Spec.Vessels);
        }
    }

    private double NextFailure(double operatingHours) =>
        Spec.Breakdowns is { } b ? operatingHours + Exponential.Sample(_breakdowns, 1.0 / b.MtbfHours) : double.PositiveInfinity;

    private void WakeWaiting()
    {
        foreach (var vessel in _waiting)
        {
            Wake(vessel);
        }
    }

    private static void Wake(Vessel vessel)
    {
        if (vessel.Wake is { IsTriggered: false } wake)
        {
            wake.Succeed();
        }
    }
}
