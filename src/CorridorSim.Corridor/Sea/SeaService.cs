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
/// Each vessel is one process. Berths are for handling only: a vessel holds a berth (linkspan, container or
/// oil berth) while it berths, unloads and loads, and otherwise waits at the anchorage. Arriving with
/// cargo, it waits there for a berth (and for the port to be open) and lands its cargo. It then joins the
/// line of vessels waiting for cargo at that port, in the order they arrived. The anchorage rule: the
/// cargo in the yard for the service is assigned to the vessels in that line in order, each taking units
/// in arrival order while the next fits; a vessel is called to a berth when its assigned cargo would fill
/// it, when <c>max_wait_hours</c> have passed since its first assigned unit reached the yard, or, under a
/// <c>timetable</c>, at its timetabled hour. A vessel that may load as soon as it has unloaded stays at its
/// berth; otherwise it leaves it for the anchorage. A called vessel takes the waiting cargo in arrival
/// order while the next unit fits, works it and sails; a closure of the port or the sea after loading may
/// hold it at its berth. A rail ferry's deck is counted in wagon slots, a truck taking capacity_wagons ÷
/// capacity_trucks slots.
/// </para>
/// <para>
/// A call at a berth takes a fixed berthing part and, for the cargo handled, that share of a full load's
/// handling time (the port's load time for the class, drawn per operation, less the berthing part), so a
/// part-loaded call costs less berth time than a full one, and a vessel that unloads and loads in one call
/// berths once.
/// </para>
/// <para>
/// Round trips: a vessel with no cargo assigned where it is sails from the anchorage to the other port when
/// cargo there is not covered by vessels already at or heading to it (under <c>when_full</c>, only when that
/// cargo would fill a vessel). Storms and disruptions stop berthing and sailing. A vessel breaks down after
/// an exponential number of operating hours (mean <c>mtbf_hours</c>), found when it next reaches port, and
/// is out of service for its repair time, its cargo staying aboard.
/// </para>
/// </remarks>
internal sealed partial class SeaService : Facility
{
    private const double Tolerance = 1e-9;

    private readonly List<Vessel> _fleet = [];
    private readonly List<Vessel> _waiting = [];
    private readonly double _meanSailingHours;
    private readonly double[] _timetable;
    private readonly TimeWeighted _busyShare;
    private readonly long[] _departures = new long[2];
    private readonly double[] _loadCarried = new double[2];
    private readonly long[] _loadedUnits = new long[2];
    private readonly long[] _emptyUnits = new long[2];
    private readonly double[] _vesselHours = new double[Enum.GetValues<VesselPhase>().Length];
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
        _meanSailingHours = spec.SailingHours.ExpectedValue;
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

    /// <summary>The share of vessel-hours spent working: sailing, at anchor waiting for a berth, or at a berth.</summary>
    public override double Utilisation => Zero(_busyShare.Mean);

    protected override SeaServiceStats SeaStats => new(
        Rule.LoadUnit,
        _departures[0],
        _departures[1],
        MeanLoad(0),
        MeanLoad(1),
        MeanLoad(0) / Capacity,
        MeanLoad(1) / Capacity,
        _outOfServiceHours,
        VesselHoursIn(VesselPhase.Anchorage),
        VesselHoursIn(VesselPhase.WaitingForCargo),
        _loadedUnits[0],
        _loadedUnits[1],
        _emptyUnits[0],
        _emptyUnits[1]);

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
            // Each vessel draws its crossings and breakdowns from streams of its own, so that one more
            // vessel leaves the others' draws unchanged and comparisons of fleet sizes stay paired.
            var breakdowns = Run.Streams.Stream($"breakdowns:{Name}#{i}");
            var vessel = new Vessel(
                i,
                i < atEast ? 0 : 1,
                new Variate(Spec.SailingHours, Run.Streams.Stream($"sailing:{Name}#{i}")),
                breakdowns,
                Spec.Breakdowns is { } b ? new Variate(b.RepairHours, breakdowns) : null)
            {
                PhaseSince = Run.Sim.Now,
            };
            vessel.FailsAfterOperatingHours = NextFailure(vessel, 0);
            _fleet.Add(vessel);
            _busy++;
            _busyShare.Update((double)_busy / Spec.Vessels);
            Run.Sim.Process(Voyage(vessel), $"{Name}#{i}");
        }

        StartClock();
    }

    /// <summary>
    /// Hours of this service's capacity that the cargo queued at <paramref name="port"/> for it, or on its
    /// way there by land, would take: what least-congested routing compares between Aktau and Kuryk.
    /// </summary>
    /// <remarks>
    /// The hourly capacity is one direction's: the fleet's capacity per round trip (two mean crossings and,
    /// at each end, a full unload and load in one call) spread over the round trip.
    /// </remarks>
    public double QueueHours(Port port)
    {
        var end = EndAt(port);
        var roundTrip = 2 * _meanSailingHours;
        foreach (var e in Ends)
        {
            roundTrip += (2 * e.LoadHours.Mean) - e.BerthingHours;
        }

        var hourly = Spec.Vessels * Capacity / Math.Max(roundTrip, Tolerance);
        return (end.Queue.Load + end.HeadingLoad) / hourly;
    }

    /// <summary>Counts <paramref name="units"/> of <paramref name="flow"/> on their way by land to board at <paramref name="port"/> (negative when they arrive).</summary>
    public void Heading(Port port, FlowModel flow, int units) => EndAt(port).HeadingLoad += units * UnitLoad(flow);

    /// <summary>Queues cargo at <paramref name="port"/> for this service and wakes vessels that may now sail.</summary>
    public void Enqueue(Port port, IReadOnlyList<Consignment> cargo)
    {
        var end = EndAt(port);
        for (var i = 0; i < cargo.Count; i++)
        {
            end.Queue.Add(cargo[i], UnitLoad(cargo[i].Flow));
        }

        end.Version++;
        WakeWaiting();
    }

    public override void ResetStatistics()
    {
        base.ResetStatistics();
        _busyShare.Reset();
        Array.Clear(_departures);
        Array.Clear(_loadCarried);
        Array.Clear(_vesselHours);
        Array.Clear(_loadedUnits);
        Array.Clear(_emptyUnits);
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

    private SeaEnd EndAt(Port port) => Ends[0].Port == port ? Ends[0] : Ends[1];

    private double MeanLoad(int direction) => _departures[direction] > 0 ? _loadCarried[direction] / _departures[direction] : 0;

    private double VesselHoursIn(VesselPhase phase)
    {
        var hours = _vesselHours[(int)phase];
        foreach (var vessel in _fleet)
        {
            if (vessel.Phase == phase)
            {
                hours += Math.Max(0, Run.Sim.Now - Math.Max(vessel.PhaseSince, _countFrom));
            }
        }

        return hours;
    }

    private SeaEnd End(int index, Port port)
    {
        var (berths, loadHours) = port.BerthsFor(Rule.Berth);
        return new SeaEnd(
            index,
            port,
            berths ?? throw new InvalidOperationException($"{port.Name} has no berth for {Name}."),
            loadHours ?? throw new InvalidOperationException($"{port.Name} has no load time for {Name}."),
            BerthingPart.Hours(Spec.VesselClass));
    }

    private static bool IsBusy(VesselPhase phase) => phase is not (VesselPhase.WaitingForCargo or VesselPhase.OutOfService);

    /// <summary>The phases in which a vessel may hold a berth: it is berthing, unloading, loading, or held by a closure after loading.</summary>
    private static bool IsAtBerth(VesselPhase phase) => phase is VesselPhase.Unloading or VesselPhase.Loading or VesselPhase.HeldAfterLoading;

    /// <summary>
    /// Moves <paramref name="vessel"/> to <paramref name="phase"/>, and checks the invariant that berths
    /// hold only handling: a vessel holding a berth is berthing, unloading, loading, or held by a closure
    /// after loading. Breaking it is a fault in the model, never in the scenario.
    /// </summary>
    private void SetPhase(Vessel vessel, VesselPhase phase)
    {
        var now = Run.Sim.Now;
        _vesselHours[(int)vessel.Phase] += Math.Max(0, now - Math.Max(vessel.PhaseSince, _countFrom));
        CountCallWait(vessel, now);
        vessel.PhaseSince = now;
        var change = (IsBusy(phase) ? 1 : 0) - (IsBusy(vessel.Phase) ? 1 : 0);
        vessel.Phase = phase;
        Reassess(vessel);
        if (vessel.Berth is { IsTriggered: true } && !IsAtBerth(phase))
        {
            throw new InvalidOperationException($"{Name}#{vessel.Number} holds a berth at {Ends[vessel.At].Port.Name} while {phase} at {now} h: berths must hold only handling.");
        }

        if (change != 0)
        {
            _busy += change;
            _busyShare.Update((double)_busy / Spec.Vessels);
        }
    }

    private double NextFailure(Vessel vessel, double operatingHours) =>
        Spec.Breakdowns is { } b ? operatingHours + Exponential.Sample(vessel.Breakdowns, 1.0 / b.MtbfHours) : double.PositiveInfinity;

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
