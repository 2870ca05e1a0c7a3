using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

internal sealed partial class SeaService
{
    /// <summary>Puts a vessel that has nothing aboard in the line at <paramref name="end"/>, in the order vessels reached the port.</summary>
    private void JoinLine(Vessel vessel, SeaEnd end)
    {
        var at = end.Line.Count;
        while (at > 0 && end.Line[at - 1].ArrivedHours > vessel.ArrivedHours)
        {
            at--;
        }

        end.Line.Insert(at, vessel);
        end.Version++;
        vessel.DeadlineTimerHours = double.NaN;
        if (Spec.Policy == DeparturePolicy.Timetable)
        {
            vessel.SlotHours = ClaimSlot(end, Run.Sim.Now);
            Run.Sim.Timeout(vessel.SlotHours - Run.Sim.Now).AddCallback(_ => Wake(vessel));
        }
    }

    private static void LeaveLine(Vessel vessel, SeaEnd end)
    {
        end.Line.Remove(vessel);
        end.Version++;
    }

    /// <summary>The anchorage rule for <paramref name="vessel"/> in the line at <paramref name="end"/> now.</summary>
    private Call Decide(Vessel vessel, SeaEnd end)
    {
        var now = Run.Sim.Now;
        if (Spec.Policy == DeparturePolicy.Timetable)
        {
            return now >= vessel.SlotHours - Tolerance ? Call.Load : Call.None;
        }

        Assign(end);
        if (vessel.AssignmentFills && vessel.AssignedLoad > Tolerance)
        {
            return Call.Load;
        }

        if (vessel.AssignedLoad > Tolerance)
        {
            if (Spec.Policy != DeparturePolicy.MaxWait)
            {
                return Call.None;
            }

            var deadline = vessel.FirstAssignedSince + Spec.MaxWaitHours;
            if (now >= deadline - Tolerance)
            {
                return Call.Load;
            }

            if (double.IsNaN(vessel.DeadlineTimerHours) || vessel.DeadlineTimerHours < now + Tolerance || vessel.DeadlineTimerHours > deadline + Tolerance)
            {
                // The deadline wakes the vessel like any other change; an earlier wake-up only re-decides.
                vessel.DeadlineTimerHours = deadline;
                Run.Sim.Timeout(deadline - now).AddCallback(_ => Wake(vessel));
            }

            return Call.None;
        }

        var uncovered = Uncovered(Ends[1 - end.Index]);
        var fetch = Spec.Policy == DeparturePolicy.WhenFull ? uncovered >= Capacity - Tolerance : uncovered > Tolerance;
        return fetch ? Call.SailEmpty : Call.None;
    }

    /// <summary>
    /// Assigns the cargo waiting at <paramref name="end"/> to the vessels in its line, in their order: each
    /// takes the next units in arrival order while the next one fits. Worked out once per change.
    /// </summary>
    private void Assign(SeaEnd end)
    {
        if (end.AssignedVersion == end.Version)
        {
            return;
        }

        end.AssignedVersion = end.Version;
        // The queue's own enumerator, a struct holding nothing to dispose: Assign runs on every change of the queue.
        var units = end.Queue.GetEnumerator();
        var carried = units.MoveNext() ? units.Current : null;
        foreach (var vessel in end.Line)
        {
            var load = 0.0;
            var first = double.NaN;
            var fills = false;
            while (carried is not null)
            {
                var unitLoad = UnitLoad(carried.Flow);
                if (load + unitLoad > Capacity + Tolerance)
                {
                    fills = true;
                    break;
                }

                if (double.IsNaN(first))
                {
                    first = carried.Since;
                }

                load += unitLoad;
                carried = units.MoveNext() ? units.Current : null;
            }

            vessel.AssignedLoad = load;
            vessel.AssignmentFills = fills || Capacity - load < SmallestUnitLoad - Tolerance;
            vessel.FirstAssignedSince = first;
        }
    }

    /// <summary>
    /// Cargo waiting at <paramref name="end"/> beyond the room of the vessels already there or heading there
    /// (a vessel heading there will unload first, so all its capacity counts; one loading there takes no more,
    /// and one under repair there covers nothing until it is back in service).
    /// </summary>
    private double Uncovered(SeaEnd end)
    {
        var uncovered = end.Queue.Load;
        foreach (var vessel in _fleet)
        {
            if (vessel.At == end.Index && vessel.Phase is not (VesselPhase.Loading or VesselPhase.HeldAfterLoading or VesselPhase.OutOfService))
            {
                uncovered -= Capacity;
            }
        }

        return uncovered;
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

    /// <summary>A called vessel at its berth takes the waiting cargo, works it, and waits there while a closure holds its departure.</summary>
    private IEnumerable<Event> Load(Vessel vessel, SeaEnd end, bool berthing)
    {
        var sim = Run.Sim;
        LeaveLine(vessel, end);
        Board(vessel, end);
        var hours = end.HandlingHours(berthing, vessel.Load / Capacity);
        vessel.OperatingHours += hours;
        yield return sim.Timeout(hours);
        var held = sim.Now;
        if (!end.Port.Closure.IsOpen || !Closure.IsOpen)
        {
            SetPhase(vessel, VesselPhase.HeldAfterLoading);
            Monitor.StartWaiting(vessel.Aboard.Count, Tonnes(vessel.Aboard));
            while (!end.Port.Closure.IsOpen || !Closure.IsOpen)
            {
                yield return end.Port.Closure.IsOpen ? Closure.WhenOpen : end.Port.Closure.WhenOpen;
                Reassess(vessel);
            }

            Monitor.StopWaiting(vessel.Aboard.Count, Tonnes(vessel.Aboard));
        }

        foreach (var c in vessel.Aboard)
        {
            c.WaitedHours += sim.Now - held;
        }
    }

    /// <summary>Takes waiting cargo aboard in arrival order while the next unit fits.</summary>
    private void Board(Vessel vessel, SeaEnd end)
    {
        var now = Run.Sim.Now;
        vessel.BoardedSegment = vessel.Timeline.Count - 1;
        while (end.Queue.Count > 0)
        {
            var next = end.Queue.Peek();
            var load = UnitLoad(next.Flow);
            if (vessel.Load + load > Capacity + Tolerance)
            {
                break;
            }

            var c = end.Queue.Take(load);

            // The wait for the called vessel's berth counts here; the wait for a vessel counted in the yard.
            c.WaitedHours = end.Port.Board(c, vessel.CalledHours, vessel.CalledMark!);
            vessel.Aboard.Add(c);
            vessel.Load += load;
            c.Since = now;
            Monitor.Arrive(1);
        }

        end.Version++;
    }
}
