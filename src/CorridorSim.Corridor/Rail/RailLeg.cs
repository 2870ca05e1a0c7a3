using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Rail;

/// <summary>
/// A rail line between two facilities with a capacity in train paths per day in each direction, so that a
/// busy line delays trains.
/// </summary>
/// <remarks>
/// Implementation note: a path is modelled as the right to enter the line. Each direction is a kernel
/// <see cref="Resource"/> of one unit that an entering train holds for one headway (24 h ÷ paths per day),
/// so no more than the path count of trains enter per day and a burst of trains queues at the line's
/// entry. Trains then run in parallel for their travel time. A closure stops trains entering; a train
/// that already holds its path waits at the entry until the line reopens.
/// </remarks>
internal sealed class RailLeg : Facility, Demand.IBackgroundHost
{
    // The headway timeout carries the path it frees, so one delegate serves every train, with no closure each.
    private static readonly Action<Event> ReleasePath = headway => ((Request)headway.Value!).Dispose();

    private readonly Resource[] _paths;
    private readonly double _headwayHours;
    private readonly Variate _travel;
    private readonly CauseAccount _pathCause;
    private int _trainsRunning;

    public RailLeg(CorridorRun run, RailLegSpec spec)
        : base(run, spec.Name, FacilityKind.RailLeg)
    {
        Spec = spec;
        _paths = [new Resource(run.Sim, 1), new Resource(run.Sim, 1)];
        _headwayHours = 24.0 / spec.TrainPathsPerDay;
        _travel = new Variate(spec.TravelHours, run.Streams.Stream($"travel:{spec.Name}"));
        _pathCause = Cause(WaitCauseKind.TrainPath);
    }

    public RailLegSpec Spec { get; }

    public override double InServiceNow => _trainsRunning;

    /// <summary>The busier direction's share of paths used.</summary>
    public override double Utilisation => Math.Max(Zero(_paths[0].UtilizationMonitor.Mean), Zero(_paths[1].UtilizationMonitor.Mean));

    public override void ResetStatistics()
    {
        base.ResetStatistics();
        foreach (var path in _paths)
        {
            path.UtilizationMonitor.Reset();
        }
    }

    /// <summary>
    /// A background train takes a path westbound (the spec's From → To) or eastbound and leaves the model:
    /// it holds the path for one headway like a corridor train, so it delays them, and its running time
    /// matters to nobody.
    /// </summary>
    public IEnumerable<Event> PassBackground(Demand.BackgroundTrain train)
    {
        var sim = Run.Sim;
        train.Traffic.Arrive(train);
        var queued = sim.Now;
        var path = _paths[train.Direction == Direction.Westbound ? 0 : 1].Request();
        yield return path;
        while (!Closure.IsOpen)
        {
            yield return Closure.WhenOpen;
        }

        train.WaitHours += sim.Now - queued;
        sim.TimeoutWithValue(_headwayHours, path).AddCallback(ReleasePath);
        train.Traffic.Leave(train);
    }

    /// <summary>Takes <paramref name="train"/> along the line; <paramref name="forward"/> is the spec's From → To direction.</summary>
    public IEnumerable<Event> Carry(Train train, bool forward)
    {
        var sim = Run.Sim;
        var arrived = sim.Now;
        var units = train.Count;
        train.Location = Name;
        Monitor.Arrive(units);
        Monitor.StartWaiting(units, train.Tonnes);
        var path = _paths[forward ? 0 : 1].Request();
        yield return path;
        var granted = sim.Now;
        while (!Closure.IsOpen)
        {
            yield return Closure.WhenOpen;
        }

        var entered = sim.Now;
        Monitor.StopWaiting(units, train.Tonnes);
        Monitor.RecordWait(entered - arrived, units);
        _pathCause.Charge(granted - arrived, units, train.Tonnes);
        ClosureCause.Charge(entered - granted, units, train.Tonnes);
        sim.TimeoutWithValue(_headwayHours, path).AddCallback(ReleasePath);
        _trainsRunning++;
        yield return sim.Timeout(_travel.Next());
        _trainsRunning--;
        Monitor.Depart(units);
        Monitor.Served(units, train.Tonnes);
        Run.RecordStages(train.Units, StageName.Rail, Name, arrived, entered, sim.Now);
    }
}
