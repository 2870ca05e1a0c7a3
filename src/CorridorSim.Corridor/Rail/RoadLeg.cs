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
    /// <remarks>
    /// While the road is open, the common case, the train's journey takes the same steps itself
    /// (<see cref="Arrive"/>, <see cref="Drive"/>, <see cref="Reach"/>), and no iterator is allocated for it.
    /// </remarks>
    public IEnumerable<Event> Carry(Train train)
    {
        var arrived = Arrive(train);
        if (!Closure.IsOpen)
        {
            foreach (var reopened in WaitWhileClosed(train)) yield return reopened;
        }

        var started = Run.Sim.Now;
        yield return Drive(train, arrived);
        Reach(train, arrived, started);
    }

    /// <summary>The train is at the road's start; returns the hour it arrived.</summary>
    public double Arrive(Train train)
    {
        train.Location = Name;
        Monitor.Arrive(train.Count);
        return Run.Sim.Now;
    }

    /// <summary>The train, which arrived at <paramref name="arrived"/>, drives off now; returns its time on the road.</summary>
    public Kernel.Timeout Drive(Train train, double arrived)
    {
        var started = Run.Sim.Now;
        Monitor.RecordWait(started - arrived, train.Count);
        ClosureCause.Charge(started - arrived, train.Count, train.Tonnes);
        _trucksDriving += train.Count;
        return Run.Sim.Timeout(_travel.Next());
    }

    /// <summary>The train has reached the road's end.</summary>
    public void Reach(Train train, double arrived, double started)
    {
        _trucksDriving -= train.Count;
        Monitor.Depart(train.Count);
        Monitor.Served(train.Count, train.Tonnes);
        Run.RecordStages(train.Units, StageName.Road, Name, arrived, started, Run.Sim.Now);
    }
}
