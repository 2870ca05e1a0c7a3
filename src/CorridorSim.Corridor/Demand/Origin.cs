using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Demand;

/// <summary>
/// Where a flow's cargo enters the corridor (a Chinese terminal, a Kazakh loading station): trains are
/// formed from each flow's demand and sent off along their routes.
/// </summary>
/// <remarks>
/// Each flow's trains arrive as a Poisson process with the flow's time-varying rate, month <em>k</em> of
/// the run drawn only from the stream <c>arrivals:&lt;flow&gt;:&lt;k&gt;</c> (see <see cref="DemandProfile"/>),
/// so changing any other part of a scenario leaves every arrival time unchanged, and changing one month's
/// demand leaves every other month's arrivals unchanged. A closed origin holds its trains until it reopens.
/// </remarks>
internal sealed class Origin : Facility
{
    private readonly List<FlowModel> _flows = [];
    private readonly Dictionary<FlowModel, CauseAccount> _poolCauses = [];

    public Origin(CorridorRun run, OriginSpec spec)
        : base(run, spec.Name, FacilityKind.Origin)
    {
    }

    public void AddFlow(FlowModel flow)
    {
        _flows.Add(flow);
        _poolCauses.Add(flow, Cause(WaitCauseKind.WagonPool, flow.Name));
    }

    public void Start()
    {
        foreach (var flow in _flows)
        {
            Run.Sim.Process(Arrivals(flow), $"arrivals:{flow.Name}");
        }
    }

    /// <summary>
    /// A new train leaves the origin once it is open and, for a flow with a wagon pool, once enough of its
    /// wagons or containers are back; the time it waited is its formation stage.
    /// </summary>
    /// <returns>Null when the train leaves at once; otherwise the waits to yield, after which it has left.</returns>
    /// <remarks>Leaving at once is the common case, and then no iterator is allocated for the train.</remarks>
    public IEnumerable<Event>? Dispatch(Train train)
    {
        var created = Run.Sim.Now;
        train.Location = Name;
        var wagons = train.Flow.Pool?.Get(train.Count);
        if (wagons is { IsTriggered: false } || !Closure.IsOpen)
        {
            return WaitToLeave(train, created, wagons);
        }

        Leave(train, created, created);
        return null;
    }

    /// <summary>A train of empties is back at the origin of its loaded flow: its wagons or containers are ready for loading again.</summary>
    public void ReceiveEmpties(Train train)
    {
        Monitor.Served(train.Count, 0);
        train.Flow.Pool?.Put(train.Count);
        Run.EmptiesReturned += train.Count;
        Run.TrainArrived(train, this, Run.Sim.Now);
        Run.Retire(train.Units);
        Run.BreakUp(train);
    }

    private CauseAccount PoolCause(FlowModel flow) => _poolCauses[flow];

    private IEnumerable<Event> WaitToLeave(Train train, double created, Event? wagons)
    {
        var sim = Run.Sim;
        if (wagons is { IsTriggered: false })
        {
            Monitor.Arrive(train.Count);
            Monitor.StartWaiting(train.Count, train.Tonnes);
            yield return wagons;
            Monitor.StopWaiting(train.Count, train.Tonnes);
            Monitor.Depart(train.Count);
        }

        var pooled = sim.Now;

        if (!Closure.IsOpen)
        {
            Monitor.Arrive(train.Count);
            foreach (var reopened in WaitWhileClosed(train)) yield return reopened;
            Monitor.Depart(train.Count);
        }

        Leave(train, created, pooled);
    }

    private void Leave(Train train, double created, double pooled)
    {
        var now = Run.Sim.Now;
        Monitor.RecordWait(now - created, train.Count);
        PoolCause(train.Flow).Charge(pooled - created, train.Count, train.Tonnes);
        ClosureCause.Charge(now - pooled, train.Count, train.Tonnes);
        Monitor.Served(train.Count, train.Tonnes);
        Run.RecordStages(train.Units, StageName.TrainFormation, Name, created, now, now);
    }

    private IEnumerable<Event> Arrivals(FlowModel flow)
    {
        var sim = Run.Sim;
        var profile = new DemandProfile(flow.Spec, Run.HorizonHours, Run.Calendar);
        for (var month = 0; month * DemandProfile.HoursPerMonth < Run.HorizonHours; month++)
        {
            if (!(profile.TrainsInMonth(month) > 0))
            {
                continue;
            }

            var stream = Run.Streams.Stream($"arrivals:{flow.Name}:{month}");
            var unitPoints = 0.0;
            while (true)
            {
                unitPoints += -Math.Log(1 - stream.NextDouble());
                if (profile.HourOfTrain(month, unitPoints) is not { } hour)
                {
                    break;
                }

                yield return sim.Timeout(hour - sim.Now);
                Run.FormTrain(flow);
            }
        }
    }
}
