using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

internal sealed partial class SeaService
{
    /// <summary>One vessel's endless round trips: arrive, berth, unload, load, sail.</summary>
    private IEnumerable<Event> Voyage(Vessel vessel)
    {
        var sim = Run.Sim;
        while (true)
        {
            var end = Ends[vessel.At];
            var port = end.Port;
            var arrived = sim.Now;
            var aboard = vessel.Aboard.Count;
            var tonnes = Tonnes(vessel.Aboard);
            Monitor.StartWaiting(aboard, tonnes);
            if (vessel.OperatingHours >= vessel.FailsAfterOperatingHours)
            {
                foreach (var e in Repair(vessel))
                {
                    yield return e;
                }
            }

            SetPhase(vessel, VesselPhase.Anchorage);
            while (!port.Closure.IsOpen)
            {
                yield return port.Closure.WhenOpen;
            }

            var berth = end.Berths.Request();
            yield return berth;
            while (!port.Closure.IsOpen)
            {
                yield return port.Closure.WhenOpen;
            }

            var berthed = sim.Now;
            Monitor.StopWaiting(aboard, tonnes);
            if (aboard > 0)
            {
                foreach (var e in Unload(vessel, end, arrived, berthed))
                {
                    yield return e;
                }
            }

            foreach (var e in LoadPhase(vessel, end))
            {
                yield return e;
            }

            while (!port.Closure.IsOpen || !Closure.IsOpen)
            {
                yield return port.Closure.IsOpen ? Closure.WhenOpen : port.Closure.WhenOpen;
            }

            berth.Dispose();
            Depart(vessel, end);
            var hours = _sailing.Next();
            vessel.OperatingHours += hours;
            yield return sim.Timeout(hours);
            _sailingNow--;
        }
    }

    private IEnumerable<Event> Unload(Vessel vessel, SeaEnd end, double arrived, double berthed)
    {
        var sim = Run.Sim;
        SetPhase(vessel, VesselPhase.Unloading);
        var hours = end.LoadHours.Next();
        vessel.OperatingHours += hours;
        yield return sim.Timeout(hours);
        var cargo = vessel.Aboard;
        vessel.Aboard = [];
        vessel.Load = 0;
        var anchored = berthed - arrived;
        var tonnes = 0.0;
        foreach (var c in cargo)
        {
            Monitor.RecordWait(c.WaitedHours + anchored, 1);
            tonnes += c.Tonnes;
        }

        Run.RecordStages(cargo, StageName.Sailing, Name, vessel.DepartedHours, vessel.DepartedHours, arrived);
        Run.RecordStages(cargo, StageName.Unloading, Name, arrived, berthed, sim.Now);
        Monitor.Depart(cargo.Count);
        Monitor.Served(cargo.Count, tonnes);
        var check = vessel.PreArrivalCheck;
        vessel.PreArrivalCheck = null;
        end.Port.Land(cargo, check);
    }

    private IEnumerable<Event> Repair(Vessel vessel)
    {
        var sim = Run.Sim;
        SetPhase(vessel, VesselPhase.OutOfService);
        var start = sim.Now;
        yield return sim.Timeout(_repair!.Next());
        _outOfServiceHours += Math.Max(0, sim.Now - Math.Max(start, _countFrom));
        vessel.FailsAfterOperatingHours = NextFailure(vessel.OperatingHours);
        SetPhase(vessel, VesselPhase.Anchorage);
    }

    private void Depart(Vessel vessel, SeaEnd end)
    {
        var now = Run.Sim.Now;
        _departures[end.Index]++;
        _loadCarried[end.Index] += vessel.Load;
        if (Run.RecordsStages)
        {
            foreach (var c in vessel.Aboard)
            {
                Run.RecordStage(c, StageName.Loading, Name, c.Since, vessel.CutoffHours, now);
            }
        }

        vessel.At = 1 - end.Index;
        vessel.DepartedHours = now;
        SetPhase(vessel, VesselPhase.Sailing);
        _sailingNow++;
        if (Ends[vessel.At].Port.Customs is { PreArrival: true } post && vessel.Aboard.Count > 0 && !post.Skips(vessel.Aboard))
        {
            vessel.PreArrivalCheck = post.BeginPreArrivalCheck();
        }

        WakeWaiting();
    }

    private static double Tonnes(List<Consignment> cargo)
    {
        var tonnes = 0.0;
        foreach (var c in cargo)
        {
            tonnes += c.Tonnes;
        }

        return tonnes;
    }
}
