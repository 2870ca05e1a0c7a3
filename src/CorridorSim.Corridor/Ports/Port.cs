using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Customs;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Sea;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Statistics;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Ports;

/// <summary>
/// A port (Aktau, Kuryk, Alat, Poti): yards between land and sea, berths and linkspans where vessels load
/// and unload, customs for cargo landed from the sea, and formation tracks where landed wagons and
/// containers are made up into trains again.
/// </summary>
/// <remarks>
/// Outbound, a train from land waits at the gate until the yard has room for it (blocking the line behind
/// it), then its units wait in the yard until a vessel takes them. Inbound, a vessel's cargo is landed into
/// the yard, cleared by the port's customs as one batch, and put on a formation track, or straight into the
/// next sea service's queue when it changes ship here. A port is left by land without stopping when a
/// route passes it by rail. The port's wait is a consignment's whole time in it, gate to vessel or vessel
/// to train, less the customs service.
/// </remarks>
internal sealed class Port : Facility
{
    private readonly Dictionary<(int Flow, int Routes), TrainFormation> _formations = [];
    private readonly List<LandedBatch> _landed = [];
    private readonly string _gatePlace;
    private readonly CauseAccount _wagonYardCause;
    private readonly CauseAccount _teuYardCause;
    private readonly CauseAccount _tonneYardCause;
    private readonly CauseAccount _formationCause;
    private (YardWait? From, SeaService? Service, YardWait? To) _transship;

    public Port(CorridorRun run, PortSpec spec)
        : base(run, spec.Name, FacilityKind.Port)
    {
        Spec = spec;
        _gatePlace = $"gate:{spec.Name}";
        var service = run.Streams.Stream($"service:{spec.Name}");
        WagonYard = new YardArea(run.Sim, spec.YardCapacityWagons);
        TeuYard = new YardArea(run.Sim, spec.YardCapacityTeu);
        TonneYard = new YardArea(run.Sim, spec.YardCapacityTonnes);
        FerryBerths = Berths(run, spec.Berth(BerthKind.Ferry));
        ContainerBerths = Berths(run, spec.Berth(BerthKind.Container));
        TankerBerths = Berths(run, spec.Berth(BerthKind.Tanker));
        FerryLoadHours = LoadHours(spec.Berth(BerthKind.Ferry), service);
        FeederLoadHours = LoadHours(spec.Berth(BerthKind.Container), service);
        TankerLoadHours = LoadHours(spec.Berth(BerthKind.Tanker), service);
        Customs = spec.Customs is { } post ? new CustomsPost(run, this, post, run.Regime(post.Regime)) : null;
        _wagonYardCause = Cause(WaitCauseKind.YardSpace, "wagons");
        _teuYardCause = Cause(WaitCauseKind.YardSpace, "teu");
        _tonneYardCause = Cause(WaitCauseKind.YardSpace, "tonnes");
        _formationCause = Cause(WaitCauseKind.TrainFormation);
    }

    public PortSpec Spec { get; }

    public YardArea WagonYard { get; }

    public YardArea TeuYard { get; }

    public YardArea TonneYard { get; }

    public Resource? FerryBerths { get; }

    public Resource? ContainerBerths { get; }

    public Resource? TankerBerths { get; }

    /// <summary>Time to load or unload a rail ferry, or null without ferry berths.</summary>
    public Variate? FerryLoadHours { get; }

    public Variate? FeederLoadHours { get; }

    public Variate? TankerLoadHours { get; }

    /// <summary>The berths of <paramref name="kind"/> and their handling time; nulls where the port has none.</summary>
    public (Resource? Berths, Variate? HandlingHours) BerthsFor(BerthKind kind) => kind switch
    {
        BerthKind.Ferry => (FerryBerths, FerryLoadHours),
        BerthKind.Container => (ContainerBerths, FeederLoadHours),
        _ => (TankerBerths, TankerLoadHours),
    };

    /// <summary>Customs for cargo landed from the sea, or null.</summary>
    public CustomsPost? Customs { get; }

    public override double InServiceNow => Berths().Sum(b => b.InUse);

    /// <summary>The share of all its berths in use over time.</summary>
    public override double Utilisation
    {
        get
        {
            var berths = Berths().ToList();
            var total = berths.Sum(b => b.Capacity);
            return total == 0 ? 0 : berths.Sum(b => Zero(b.UtilizationMonitor.Mean) * b.Capacity) / total;
        }
    }

    public override void ResetStatistics()
    {
        base.ResetStatistics();
        foreach (var berth in Berths())
        {
            berth.UtilizationMonitor.Reset();
        }

        Customs?.Officers.UtilizationMonitor.Reset();
        Customs?.Lanes?.UtilizationMonitor.Reset();
    }

    /// <summary>The yard area that holds units of <paramref name="unit"/>.</summary>
    public YardArea YardFor(CargoUnit unit) => unit switch
    {
        CargoUnit.Container => TeuYard,
        CargoUnit.OilParcel => TonneYard,
        _ => WagonYard,
    };

    /// <summary>The yard room one unit of <paramref name="flow"/> takes: one wagon or truck, its TEU, or its tonnes.</summary>
    public static double YardRoom(FlowModel flow) => flow.Unit switch
    {
        CargoUnit.Container => flow.TeuPerUnit,
        CargoUnit.OilParcel => flow.TonnesPerUnit,
        _ => 1,
    };

    /// <summary>
    /// A train from land for a sea service reaches the gate: it asks the yard for room, and waits for the
    /// returned event if there is none yet; then it enters the yard (<see cref="EnterYard"/>).
    /// </summary>
    /// <remarks>The train's journey takes the two steps itself, so that waiting at the gate allocates no iterator.</remarks>
    /// <returns>Null when the yard has room at once; otherwise the event of its admission.</returns>
    public Event? ArriveAtGate(Train train)
    {
        train.Location = _gatePlace;
        Monitor.Arrive(train.Count);
        Monitor.StartWaiting(train.Count, train.Tonnes);
        return YardFor(train.Flow.Unit).Admit(train.Count * YardRoom(train.Flow));
    }

    /// <summary>
    /// The train that reached the gate at <paramref name="arrived"/> is admitted: its units join the queue of
    /// <paramref name="service"/> here and the train is broken up.
    /// </summary>
    public void EnterYard(Train train, SeaService service, double arrived)
    {
        var sim = Run.Sim;
        var gate = sim.Now - arrived;
        var yardWait = YardWait.AfterGate(YardCauseFor(train.Flow.Unit), gate, service.Mark());
        foreach (var c in train.Units)
        {
            c.Since = arrived;
            c.YardWait = yardWait;
        }

        Run.TrainArrived(train, this, arrived);
        if (service.Spec.TransshipsWagons && train.Flow.Unit == CargoUnit.Wagon && !train.Flow.IsEmpty)
        {
            // The cargo moves to the yard for the vessel; the wagons, unloaded here, may go back empty.
            foreach (var c in train.Units)
            {
                c.LeftItsWagon = true;
            }

            Run.SendEmpties(train.Flow, train.Count, train.Routes, this);
        }

        service.Enqueue(this, train.Units);
        Run.BreakUp(train);
    }

    /// <summary>
    /// A consignment from the yard boards a vessel that was called to a berth for it at
    /// <paramref name="calledHours"/>: it frees its room and leaves the port.
    /// </summary>
    /// <remarks>
    /// The port's wait is the wait for a vessel, up to the call (or the unit's arrival, if it came after
    /// the call); from then until boarding it waits for the called vessel to get a berth, which counts as
    /// the sea service's wait. Its <c>yard</c> stage starts at the call and ends at boarding.
    /// </remarks>
    /// <param name="calledMark">The service's fleet clock at the call, to split the wait for a vessel by what its vessels did.</param>
    /// <returns>The hours it waited for the called vessel's berth.</returns>
    public double Board(Consignment c, double calledHours, FleetMark calledMark)
    {
        var now = Run.Sim.Now;
        var called = Math.Max(calledHours, c.Since);
        YardFor(c.Flow.Unit).Release(YardRoom(c.Flow));
        Monitor.Depart(1);
        Monitor.StopWaiting(1, c.Tonnes);
        Monitor.RecordWait(called - c.Since, 1);
        ChargeVesselWait(c, called - c.Since, calledMark);
        Monitor.Served(1, c.Tonnes);
        Run.RecordStage(c, StageName.Yard, Name, c.Since, called, now);
        return now - called;
    }

    /// <summary>Lands a vessel's cargo: into the yard, then through customs (pre-lodged if <paramref name="preArrivalCheck"/> is set).</summary>
    public void Land(List<Consignment> cargo, Process? preArrivalCheck)
    {
        var now = Run.Sim.Now;
        var tonnes = 0.0;
        foreach (var c in cargo)
        {
            YardFor(c.Flow.Unit).Force(YardRoom(c.Flow));
            c.Since = now;
            tonnes += c.Tonnes;
        }

        Monitor.Arrive(cargo.Count);
        Monitor.StartWaiting(cargo.Count, tonnes);
        var batch = new LandedBatch(cargo, Run.RentDwell());
        batch.Dwell.Begin(null, cargo.Count, 0);
        _landed.Add(batch);
        Run.Sim.Process(Clear(batch, preArrivalCheck), "landing");
    }

    /// <summary>Sends off a train made up on a formation track; called by the track.</summary>
    /// <param name="readySince">When each unit was put on the track: its first <c>units.Count</c> entries, in the order of <paramref name="units"/>.</param>
    public void DispatchTrain(TrainFormation track, List<Consignment> units, IReadOnlyList<double> readySince)
    {
        var now = Run.Sim.Now;
        var tonnes = 0.0;
        for (var i = 0; i < units.Count; i++)
        {
            var c = units[i];
            YardFor(c.Flow.Unit).Release(YardRoom(c.Flow));
            Monitor.RecordWait(now - c.Since, 1);
            _formationCause.Charge(c.YardWait?.ChargeBefore(now - c.Since, c.Tonnes) ?? now - c.Since, 1, c.Tonnes);
            c.YardWait = null;
            Run.RecordStage(c, StageName.TrainFormation, Name, readySince[i], now, now);
            tonnes += c.Tonnes;
        }

        Monitor.Depart(units.Count);
        Monitor.StopWaiting(units.Count, tonnes);
        Monitor.Served(units.Count, tonnes);
        Run.LaunchTrain(track.Flow, track.Routes, track.Position, units);
    }

    public override void CollectHoldings(Holdings holdings)
    {
        holdings.Add($"customs:{Name}", _landed.SelectMany(b => b.Cargo));
        holdings.Add($"formation:{Name}", _formations.Values.SelectMany(f => f.Waiting));
    }

    private IEnumerable<Event> Clear(LandedBatch batch, Process? preArrivalCheck)
    {
        if (Customs is { } post)
        {
            foreach (var e in post.Clear(batch.Cargo, preArrivalCheck, batch.Dwell))
            {
                yield return e;
            }
        }

        _landed.Remove(batch);
        var now = Run.Sim.Now;
        var yardWait = new YardWait(batch.Dwell.Parts, batch.Dwell.WaitHours, null);
        foreach (var c in batch.Cargo)
        {
            // The customs service is not a wait: shift the start so that only queueing counts.
            c.Since = now - batch.Dwell.WaitHours;
            c.YardWait = yardWait;
            Onward(c);
        }

        Run.ReturnDwell(batch.Dwell);
        Run.ReturnUnits(batch.Cargo);
    }

    /// <summary>
    /// Charges a consignment's recorded wait in the yard for a vessel: first what it waited for before it was
    /// ready (room at the gate, customs), then the rest by what the service's vessels did from then until the call.
    /// </summary>
    private void ChargeVesselWait(Consignment c, double hours, FleetMark calledMark)
    {
        var rest = c.YardWait is { } waited ? waited.ChargeBefore(hours, c.Tonnes) : hours;
        calledMark.Service.ChargeFleetWait(c.YardWait?.Mark, calledMark, rest, c.Tonnes);
        c.YardWait = null;
    }

    private CauseAccount YardCauseFor(CargoUnit unit) => unit switch
    {
        CargoUnit.Container => _teuYardCause,
        CargoUnit.OilParcel => _tonneYardCause,
        _ => _wagonYardCause,
    };

    private void Onward(Consignment c)
    {
        var flow = c.Flow;
        var position = Router.First(flow, c.Routes).PositionOf(this);
        c.Routes = Router.Narrow(flow, c.Routes, position);
        var link = Router.First(flow, c.Routes).Links[position];
        if (link is SeaService next)
        {
            if (c.YardWait is { } waited && waited.Mark?.Service != next)
            {
                // A landed batch changing ship shares one reading of the next service's clock.
                if (_transship.From != waited || _transship.Service != next)
                {
                    _transship = (waited, next, waited.For(next.Mark()));
                }

                c.YardWait = _transship.To;
            }

            next.Enqueue(this, [c]);
            return;
        }

        var key = (flow.Index, c.Routes);
        if (!_formations.TryGetValue(key, out var track))
        {
            track = new TrainFormation(this, flow, c.Routes, position, Spec.TrainMaxWaitHours);
            _formations.Add(key, track);
        }

        track.Add(c);
    }

    private IEnumerable<Resource> Berths()
    {
        if (FerryBerths is not null)
        {
            yield return FerryBerths;
        }

        if (ContainerBerths is not null)
        {
            yield return ContainerBerths;
        }

        if (TankerBerths is not null)
        {
            yield return TankerBerths;
        }
    }

    private static Resource? Berths(CorridorRun run, BerthSpec berths) => berths.Count > 0 ? new Resource(run.Sim, berths.Count) : null;

    // A port without berths of a class may leave that class's load time out of its scenario.
    private static Variate? LoadHours(BerthSpec berths, Random service) =>
        berths.Count > 0 && berths.HandlingHours is not null ? new Variate(berths.HandlingHours, service) : null;
}
