using CorridorSim.Corridor.Cargo;
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
        var dwell = train.Dwell;
        dwell.Begin(Monitor, units, train.Tonnes);
        Monitor.Arrive(units);
        if (side.Steps.Count > 0)
        {
            foreach (var e in PassSteps(train, side))
            {
                yield return e;
            }

            Monitor.RecordWait(dwell.WaitHours, units);
            Monitor.Depart(units);
            Monitor.Served(units, train.Tonnes);
            yield break;
        }

        if (!Closure.IsOpen)
        {
            dwell.StartWaiting(arrived);
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

        Monitor.RecordWait(dwell.WaitHours, units);
        Monitor.Depart(units);
        Monitor.Served(units, train.Tonnes);
    }

    /// <summary>The side's train steps on one side of its customs post; trucks skip them all.</summary>
    private IEnumerable<Event> Holds(Train train, BorderSide side, bool beforeCustoms)
    {
        if (train.IsTrucks)
        {
            yield break;
        }

        foreach (var hold in side.Holds.Where(h => h.Step.BeforeCustoms == beforeCustoms))
        {
            foreach (var e in Hold(train, hold.Tracks, hold.Hours, hold.Step.Stage))
            {
                yield return e;
            }
        }
    }

    private IEnumerable<Event> Hold(Train train, Resource tracks, Variate hours, string stage)
    {
        var sim = Run.Sim;
        var queued = sim.Now;
        train.Dwell.StartWaiting(queued);
        var track = tracks.Request();
        yield return track;
        var started = sim.Now;
        train.Dwell.StopWaiting(started);
        yield return sim.Timeout(hours.Next());
        track.Dispose();
        Run.RecordStages(train.Units, stage, Name, queued, started, sim.Now);
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
            return new BorderSide(name, steps, spec.Regime is { } regime ? run.Regime(regime) : null);
        }

        var customs = spec.Customs is { } post ? new CustomsPost(run, this, post, run.Regime(post.Regime)) : null;
        var holds = spec.TrainSteps.Select(step => new BorderHold(step, new Resource(run.Sim, step.Tracks), new Variate(step.HoursPerTrain, service))).ToList();
        return new BorderSide(holds, customs);
    }
}
