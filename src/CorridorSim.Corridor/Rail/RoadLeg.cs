using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Rail;

/// <summary>A road between two facilities, driven by trucks one at a time, with no capacity limit of its own.</summary>
internal sealed class RoadLeg : Facility
{
    private readonly Variate _travel;
    private int _trucksDriving;

    public RoadLeg(CorridorRun run, RoadLegSpec spec)
        : base(run, spec.Name, FacilityKind.RoadLeg)
    {
        _travel = new Variate(spec.TravelHours, run.Streams.Stream($"travel:{spec.Name}"));
    }

    public override double InServiceNow => _trucksDriving;

    /// <summary>Drives <paramref name="train"/> (a truck, or a convoy) along the road once it is open.</summary>
    public IEnumerable<Event> Carry(Train train)
    {
        var sim = Run.Sim;
        var arrived = sim.Now;
        train.Location = Name;
        Monitor.Arrive(train.Count);
        if (!Closure.IsOpen)
        {
            foreach (var reopened in WaitWhileClosed(train)) yield return reopened;
        }

        var started = sim.Now;
        Monitor.RecordWait(started - arrived, train.Count);
        ClosureCause.Charge(started - arrived, train.Count, train.Tonnes);
        _trucksDriving += train.Count;
        yield return sim.Timeout(_travel.Next());
        _trucksDriving -= train.Count;
        Monitor.Depart(train.Count);
        Monitor.Served(train.Count, train.Tonnes);
        Run.RecordStages(train.Units, StageName.Road, Name, arrived, started, sim.Now);
    }
}
