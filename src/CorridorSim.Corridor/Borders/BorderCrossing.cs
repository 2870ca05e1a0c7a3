using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Customs;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>
/// A rail border crossing (Dostyk, Altynkol, Beyuk-Kesik, Akhalkalaki): each train passes its side's
/// procedure steps in order (train acceptance, declarations, risk checks and inspections, gauge change,
/// waiting for a locomotive and a path), or in the short form is exchanged, cleared by customs and
/// re-gauged, with different capacities and times each way.
/// </summary>
/// <remarks>
/// Trucks skip the train exchange and the gauge change of the short form and meet customs only. A closed
/// border lets nothing start: trains wait at arrival and, with steps, before each step. Wait at the border
/// is every hour queued for a step's capacity, a track, an officer, a lane or the reopening; the rest of
/// the dwell is service.
/// </remarks>
internal sealed partial class BorderCrossing : Facility
{
    private readonly BorderSide _westbound;
    private readonly BorderSide _eastbound;

    public BorderCrossing(CorridorRun run, BorderSpec spec)
        : base(run, spec.Name, FacilityKind.Border)
    {
        var service = run.Streams.Stream($"service:{spec.Name}");
        _westbound = Side(run, spec.Westbound, service, $"{spec.Name}.westbound");
        _eastbound = Side(run, spec.Eastbound, service, $"{spec.Name}.eastbound");
    }

    /// <summary>Both sides, westbound first.</summary>
    public IEnumerable<BorderSide> Sides => [_westbound, _eastbound];

    public override double InServiceNow =>
        _westbound.Holds.Concat(_eastbound.Holds).Sum(h => h.Tracks.InUse)
        + _westbound.Steps.Concat(_eastbound.Steps).Sum(s => s.Capacity?.InUse ?? 0);

    /// <summary>The busiest of its exchange, gauge-change, officer and lane capacities.</summary>
    public override double Utilisation => Resources().Max(r => Zero(r.UtilizationMonitor.Mean));

    public override CustomsPost? CustomsFor(Direction direction) => SideFor(direction).Customs;

    public override void ResetStatistics()
    {
        base.ResetStatistics();
        foreach (var resource in Resources())
        {
            resource.UtilizationMonitor.Reset();
        }
    }

    /// <summary>Takes <paramref name="train"/> through exchange, customs and gauge change.</summary>
    public IEnumerable<Event> Pass(Train train)
    {
        var sim = Run.Sim;
        var side = SideFor(train.Flow.Direction);
        var arrived = sim.Now;
        var units = train.Count;
        train.Location = Name;
        var dwell = Run.RentDwell();
        dwell.Begin(Monitor, units, train.Tonnes);
        train.BeginDwell(dwell);
        Monitor.Arrive(units);
        if (side.Steps.Count > 0)
        {
            foreach (var e in PassSteps(train, side))
            {
                yield return e;
            }

            Leave(train);
            yield break;
        }

        if (!Closure.IsOpen)
        {
            dwell.StartWaiting(arrived, ClosureCause);
            while (!Closure.IsOpen)
            {
                yield return Closure.WhenOpen;
            }

            dwell.StopWaiting(sim.Now);
        }

        foreach (var e in Holds(train, side, beforeCustoms: true))
        {
            yield return e;
        }

        if (side.Customs is { } post)
        {
            var check = train.TakePreArrivalCheck(post);
            foreach (var e in post.Clear(train.Units, check, dwell))
            {
                yield return e;
            }
        }

        foreach (var e in Holds(train, side, beforeCustoms: false))
        {
            yield return e;
        }

        Leave(train);
    }

    /// <summary>Records the passage of <paramref name="train"/> and charges its waits; its dwell goes back to the run.</summary>
    private void Leave(Train train)
    {
        var dwell = train.EndDwell();
        Monitor.RecordWait(dwell.WaitHours, train.Count);
        dwell.ChargeCauses(train.Count, train.Tonnes);
        Monitor.Depart(train.Count);
        Monitor.Served(train.Count, train.Tonnes);
        Run.ReturnDwell(dwell);
    }

    /// <summary>The side's train steps on one side of its customs post; trucks skip them all.</summary>
    private IEnumerable<Event> Holds(Train train, BorderSide side, bool beforeCustoms)
    {
        if (train.IsTrucks)
        {
            yield break;
        }

        for (var h = 0; h < side.Holds.Count; h++)
        {
            if (side.Holds[h].Step.BeforeCustoms != beforeCustoms)
            {
                continue;
            }

            foreach (var e in Hold(train, side.Holds[h]))
            {
                yield return e;
            }
        }
    }

    private IEnumerable<Event> Hold(Train train, BorderHold hold)
    {
        var sim = Run.Sim;
        var queued = sim.Now;
        train.Dwell.StartWaiting(queued, hold.Cause);
        var track = hold.Tracks.Request();
        yield return track;
        var started = sim.Now;
        train.Dwell.StopWaiting(started);
        yield return sim.Timeout(hold.Hours.Next());
        track.Dispose();
        Run.RecordStages(train.Units, hold.Step.Stage, Name, queued, started, sim.Now);
    }

    private BorderSide SideFor(Direction direction) => direction == Direction.Westbound ? _westbound : _eastbound;

    private IEnumerable<Resource> Resources()
    {
        foreach (var side in new[] { _westbound, _eastbound })
        {
            foreach (var step in side.Steps)
            {
                if (step.Capacity is { } capacity)
                {
                    yield return capacity;
                }
            }

            foreach (var hold in side.Holds)
            {
                yield return hold.Tracks;
            }

            if (side.Customs is { } post)
            {
                yield return post.Officers;
                if (post.Lanes is { } lanes)
                {
                    yield return lanes;
                }
            }
        }
    }

    private BorderSide Side(CorridorRun run, BorderSideSpec spec, Random service, string name)
    {
        if (spec.HasSteps)
        {
            var steps = spec.Steps
                .Select(s => new ProcedureStep(run.Sim, run.Streams, name.Replace('.', ':'), s, spec.ScaleOf(s), run.RecognitionBit(s.Name)))
                .ToList();
            foreach (var step in steps)
            {
                if (step.Capacity is { } capacity)
                {
                    step.Cause = Cause(CauseOfStep(step.Name), $"{SideDirection(name)}.{step.Name}", () => capacity.UtilizationMonitor.Mean);
                }
            }

            return new BorderSide(name, steps, spec.Regime is { } regime ? run.Regime(regime) : null);
        }

        var customs = spec.Customs is { } post ? new CustomsPost(run, this, post, run.Regime(post.Regime), SideDirection(name)) : null;
        var holds = spec.TrainSteps.Select(step => Holding(step, new Resource(run.Sim, step.Tracks), new Variate(step.HoursPerTrain, service), name)).ToList();
        return new BorderSide(holds, customs);
    }

    private BorderHold Holding(BorderStep step, Resource tracks, Variate hours, string side) =>
        new(step, tracks, hours, Cause(CauseOfStep(step.Stage), $"{SideDirection(side)}.{step.Stage}", () => tracks.UtilizationMonitor.Mean));

    /// <summary>A step that changes gauge is a gauge-change track to wait for; any other a border step.</summary>
    private static WaitCauseKind CauseOfStep(string step) => step == StageName.GaugeChange ? WaitCauseKind.GaugeChange : WaitCauseKind.BorderStep;

    /// <summary>The direction part of a side's name <c>&lt;border&gt;.&lt;direction&gt;</c>.</summary>
    private static string SideDirection(string side) => side[(side.LastIndexOf('.') + 1)..];
}
