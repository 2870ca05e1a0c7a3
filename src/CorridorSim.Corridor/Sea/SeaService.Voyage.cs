using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

internal sealed partial class SeaService
{
    /// <summary>One vessel's endless round trips: arrive, unload at a berth, wait at the anchorage to be called, load, sail.</summary>
    private IEnumerable<Event> Voyage(Vessel vessel)
    {
        var sim = Run.Sim;
        while (true)
        {
            var end = Ends[vessel.At];
            var port = end.Port;
            var arrived = sim.Now;
            vessel.ArrivedHours = arrived;
            vessel.CallWaitedForCargoHours = 0;
            vessel.CallWaitedForBerthHours = 0;
            if (vessel.OperatingHours >= vessel.FailsAfterOperatingHours)
            {
                foreach (var e in Repair(vessel))
                {
                    yield return e;
                }
            }

            if (vessel.Aboard.Count > 0)
            {
                var aboard = vessel.Aboard.Count;
                var tonnes = Tonnes(vessel.Aboard);
                Monitor.StartWaiting(aboard, tonnes);
                foreach (var e in TakeBerth(vessel, end, VesselPhase.Unloading))
                {
                    yield return e;
                }

                Monitor.StopWaiting(aboard, tonnes);
                foreach (var e in Unload(vessel, end, arrived, sim.Now))
                {
                    yield return e;
                }
            }

            JoinLine(vessel, end);
            var call = Call.None;
            while (true)
            {
                call = Decide(vessel, end);
                if (call != Call.None)
                {
                    break;
                }

                if (vessel.Berth is not null)
                {
                    // Nothing calls it yet: it leaves the berth for the anchorage.
                    LeaveBerth(vessel, VesselPhase.WaitingForCargo);
                }
                else
                {
                    SetPhase(vessel, VesselPhase.WaitingForCargo);
                }

                var wake = sim.Event();
                vessel.Wake = wake;
                _waiting.Add(vessel);
                yield return wake;
                _waiting.Remove(vessel);
                vessel.Wake = null;
            }

            if (call == Call.Load && !(Spec.Policy == DeparturePolicy.Timetable && end.Queue.Count == 0 && vessel.Berth is null))
            {
                vessel.CalledHours = sim.Now;
                vessel.CalledMark = Mark();
                RestartTimeline(vessel);
                var berthing = vessel.Berth is null;
                if (berthing)
                {
                    foreach (var e in TakeBerth(vessel, end, VesselPhase.Loading))
                    {
                        yield return e;
                    }
                }
                else
                {
                    SetPhase(vessel, VesselPhase.Loading);
                }

                foreach (var e in Load(vessel, end, berthing))
                {
                    yield return e;
                }
            }
            else
            {
                // It sails empty (to fetch cargo, or at a timetabled hour with nothing to take), from the anchorage.
                LeaveLine(vessel, end);
                if (vessel.Berth is not null)
                {
                    LeaveBerth(vessel, VesselPhase.Anchorage);
                }
                else
                {
                    SetPhase(vessel, VesselPhase.Anchorage);
                }

                vessel.WaitsForSea = true;
                Reassess(vessel);
                while (!port.Closure.IsOpen || !Closure.IsOpen)
                {
                    yield return port.Closure.IsOpen ? Closure.WhenOpen : port.Closure.WhenOpen;
                    Reassess(vessel);
                }

                vessel.WaitsForSea = false;
            }

            if (vessel.Berth is not null)
            {
                LeaveBerth(vessel, VesselPhase.Sailing);
            }

            Depart(vessel, end);
            var hours = vessel.Sailing.Next();
            RecordSailing(vessel, end, hours);
            vessel.OperatingHours += hours;
            yield return sim.Timeout(hours);
            _sailingNow--;
        }
    }

    /// <summary>Waits at the anchorage for a berth and an open port, then comes alongside in <paramref name="phase"/>.</summary>
    private IEnumerable<Event> TakeBerth(Vessel vessel, SeaEnd end, VesselPhase phase)
    {
        var port = end.Port;
        SetPhase(vessel, VesselPhase.Anchorage);
        while (!port.Closure.IsOpen)
        {
            yield return port.Closure.WhenOpen;
        }

        Reassess(vessel);

        var berth = end.Berths.Request();
        yield return berth;
        vessel.Berth = berth;
        SetPhase(vessel, phase);
        if (!port.Closure.IsOpen)
        {
            // Granted as a storm closed the port: it goes back to the anchorage until the port reopens.
            LeaveBerth(vessel, VesselPhase.Anchorage);
            foreach (var e in TakeBerth(vessel, end, phase))
            {
                yield return e;
            }
        }
    }

    private void LeaveBerth(Vessel vessel, VesselPhase phase)
    {
        var berth = vessel.Berth!;
        vessel.Berth = null;
        berth.Dispose();
        SetPhase(vessel, phase);
    }

    private IEnumerable<Event> Unload(Vessel vessel, SeaEnd end, double arrived, double berthed)
    {
        var sim = Run.Sim;
        var hours = end.HandlingHours(berthing: true, vessel.Load / Capacity);
        vessel.OperatingHours += hours;
        yield return sim.Timeout(hours);
        var cargo = vessel.Aboard;
        // Sized as this voyage's load, so the next one's boarding rarely re-allocates the list as it grows;
        // the landed list goes back to the run once the port has cleared it.
        vessel.Aboard = Run.RentUnits(cargo.Count);
        vessel.Load = 0;
        var anchored = berthed - arrived;
        var tonnes = 0.0;
        foreach (var c in cargo)
        {
            Monitor.RecordWait(c.WaitedHours + anchored, 1);
            tonnes += c.Tonnes;
        }

        ChargeAboard(vessel, cargo, anchored);
        RestartTimeline(vessel);

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
        yield return sim.Timeout(vessel.Repair!.Next());
        _outOfServiceHours += Math.Max(0, sim.Now - Math.Max(start, _countFrom));
        vessel.FailsAfterOperatingHours = NextFailure(vessel, vessel.OperatingHours);
        SetPhase(vessel, VesselPhase.Anchorage);
    }

    private void Depart(Vessel vessel, SeaEnd end)
    {
        var now = Run.Sim.Now;
        _departures[end.Index]++;
        _loadCarried[end.Index] += vessel.Load;
        foreach (var c in vessel.Aboard)
        {
            (c.Flow.IsEmpty ? _emptyUnits : _loadedUnits)[end.Index]++;
        }

        if (Run.RecordsStages)
        {
            foreach (var c in vessel.Aboard)
            {
                Run.RecordStage(c, StageName.Loading, Name, c.Since, c.Since, now);
            }
        }

        SetPhase(vessel, VesselPhase.Sailing);
        if (vessel.Aboard.Count == 0)
        {
            RestartTimeline(vessel);
        }

        vessel.At = 1 - end.Index;
        vessel.DepartedHours = now;
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
