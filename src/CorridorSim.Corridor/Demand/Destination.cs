using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Demand;

/// <summary>Where a flow's cargo leaves the corridor (Europe via Kars, a Chinese terminal): delivery is recorded.</summary>
internal sealed class Destination : Facility
{
    public Destination(CorridorRun run, DestinationSpec spec)
        : base(run, spec.Name, FacilityKind.Destination)
    {
    }

    /// <summary>Delivers every consignment of <paramref name="train"/> once the destination is open.</summary>
    /// <returns>Null when it is open and the train is delivered at once; otherwise the wait to yield, after which it is delivered.</returns>
    public IEnumerable<Event>? Receive(Train train)
    {
        var arrived = Run.Sim.Now;
        train.Location = Name;
        if (!Closure.IsOpen)
        {
            return WaitToDeliver(train, arrived);
        }

        Deliver(train, arrived);
        return null;
    }

    private IEnumerable<Event> WaitToDeliver(Train train, double arrived)
    {
        Monitor.Arrive(train.Count);
        foreach (var reopened in WaitWhileClosed(train)) yield return reopened;
        Monitor.Depart(train.Count);
        Deliver(train, arrived);
    }

    private void Deliver(Train train, double arrived)
    {
        var now = Run.Sim.Now;
        Monitor.RecordWait(now - arrived, train.Count);
        ClosureCause.Charge(now - arrived, train.Count, train.Tonnes);
        Monitor.Served(train.Count, train.Tonnes);
        Run.RecordStages(train.Units, StageName.Delivery, Name, arrived, now, now);
        foreach (var c in train.Units)
        {
            Run.Book.Delivered(c, now);
        }

        Run.LoadedUnitsDelivered += train.Count;
        Run.TrainArrived(train, this, arrived);
        var inWagons = 0;
        foreach (var c in train.Units)
        {
            inWagons += c.LeftItsWagon ? 0 : 1;
        }

        Run.SendEmpties(train.Flow, inWagons, train.Routes);
        Run.Retire(train.Units);
        Run.BreakUp(train);
    }
}
