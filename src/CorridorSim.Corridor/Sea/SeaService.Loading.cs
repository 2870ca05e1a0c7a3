using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

internal sealed partial class SeaService
{
    /// <summary>
    /// A vessel at its berth takes cargo until its departure policy lets it go, then works the cargo for the
    /// port's load time.
    /// </summary>
    private IEnumerable<Event> LoadPhase(Vessel vessel, SeaEnd end)
    {
        var sim = Run.Sim;
        SetPhase(vessel, VesselPhase.Loading);
        var loadHours = end.LoadHours.Next();
        if (Spec.Policy == DeparturePolicy.Timetable)
        {
            // The cargo is closed in time for the loading to end exactly at the timetabled departure.
            var cutoff = ClaimSlot(end, sim.Now + loadHours) - loadHours;
            if (cutoff > sim.Now)
            {
                SetPhase(vessel, VesselPhase.WaitingForCargo);
                yield return sim.Timeout(cutoff - sim.Now);
                SetPhase(vessel, VesselPhase.Loading);
            }

            Board(vessel, end);
        }
        else
        {
            var reasonSince = double.NaN;
            while (true)
            {
                Board(vessel, end);
                if (vessel.Aboard.Count > 0 && double.IsNaN(reasonSince))
                {
                    reasonSince = sim.Now;
                }

                if (MaySail(vessel, end, reasonSince))
                {
                    break;
                }

                SetPhase(vessel, VesselPhase.WaitingForCargo);
                var wake = sim.Event();
                vessel.Wake = wake;
                _waiting.Add(vessel);
                if (Spec.Policy == DeparturePolicy.MaxWait && !double.IsNaN(reasonSince))
                {
                    yield return sim.AnyOf(wake, sim.Timeout(Math.Max(0, reasonSince + Spec.MaxWaitHours - sim.Now)));
                }
                else
                {
                    yield return wake;
                }

                _waiting.Remove(vessel);
                vessel.Wake = null;
                SetPhase(vessel, VesselPhase.Loading);
            }
        }

        var now = sim.Now;
        vessel.CutoffHours = now;
        var tonnes = 0.0;
        foreach (var c in vessel.Aboard)
        {
            c.WaitedHours = now - c.Since;
            tonnes += c.Tonnes;
        }

        Monitor.StopWaiting(vessel.Aboard.Count, tonnes);
        vessel.OperatingHours += loadHours;
        yield return sim.Timeout(loadHours);
    }

    /// <summary>Whether a loading vessel (not under a timetable) may close its cargo and go.</summary>
    private bool MaySail(Vessel vessel, SeaEnd end, double reasonSince)
    {
        if (IsFull(vessel, end))
        {
            return true;
        }

        var nothingHere = end.Queue.Count == 0;
        var uncovered = Uncovered(Ends[1 - end.Index]);
        if (Spec.Policy == DeparturePolicy.WhenFull)
        {
            // A vessel that cannot fill here goes when a full load waits, uncovered, at the other end.
            return nothingHere && uncovered >= Capacity - Tolerance;
        }

        if (vessel.Aboard.Count == 0 && nothingHere && uncovered > Tolerance)
        {
            return true;
        }

        return !double.IsNaN(reasonSince) && Run.Sim.Now >= reasonSince + Spec.MaxWaitHours - Tolerance;
    }

    /// <summary>Full: the next unit waiting does not fit, or no unit of any flow could fit.</summary>
    private bool IsFull(Vessel vessel, SeaEnd end)
    {
        var room = Capacity - vessel.Load;
        return end.Queue.Count > 0
            ? UnitLoad(end.Queue.Peek().Flow) > room + Tolerance
            : room < SmallestUnitLoad - Tolerance;
    }

    /// <summary>
    /// Cargo waiting at <paramref name="end"/> beyond the room of the vessels already there or heading there
    /// (a vessel heading there will unload first, so all its capacity counts).
    /// </summary>
    private double Uncovered(SeaEnd end)
    {
        var uncovered = end.Queue.Load;
        foreach (var vessel in _fleet)
        {
            if (vessel.At == end.Index)
            {
                uncovered -= vessel.Phase is VesselPhase.Loading or VesselPhase.WaitingForCargo ? Capacity - vessel.Load : Capacity;
            }
        }

        return uncovered;
    }

    /// <summary>Takes waiting cargo aboard in arrival order while the next unit fits.</summary>
    private void Board(Vessel vessel, SeaEnd end)
    {
        var now = Run.Sim.Now;
        while (end.Queue.Count > 0)
        {
            var next = end.Queue.Peek();
            var load = UnitLoad(next.Flow);
            if (vessel.Load + load > Capacity + Tolerance)
            {
                return;
            }

            var c = end.Queue.Take(load);
            end.Port.Board(c);
            vessel.Aboard.Add(c);
            vessel.Load += load;
            c.Since = now;
            Monitor.Arrive(1);
            Monitor.StartWaiting(1, c.Tonnes);
        }
    }

    /// <summary>The first timetabled departure at or after <paramref name="earliest"/> not yet taken by another vessel at this end.</summary>
    private double ClaimSlot(SeaEnd end, double earliest)
    {
        const double Week = 168;
        var from = Math.Max(earliest, end.LastSlotHours + Tolerance);
        for (var week = Math.Floor(from / Week); ; week++)
        {
            foreach (var hour in _timetable)
            {
                var slot = (week * Week) + hour;
                if (slot >= from)
                {
                    end.LastSlotHours = slot;
                    return slot;
                }
            }
        }
    }
}
