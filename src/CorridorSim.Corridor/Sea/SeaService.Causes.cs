using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Sea;

/// <summary>The fleet clock: what the service's vessels are doing, as causes that a wait for them is charged to.</summary>
/// <remarks>
/// <para>
/// Each vessel is always in exactly one activity: sailing (the service's vessels), under repair (its
/// breakdowns), waiting for cargo under its sailing rule (a full load), closed in by the sea, and at each end
/// waiting for a berth, working cargo at a berth, or closed in by the port. The clock integrates the number of
/// vessels in each activity over time exactly: the counts change only at events, so the integral is a sum of
/// rectangles. A consignment in a yard reads the clock when it is ready and its vessel's call reads it again;
/// its wait is split in proportion to the activities' vessel-hours in between.
/// </para>
/// <para>
/// Each vessel also keeps its own timeline of activities from the moment it is called, so that the cargo it
/// takes is charged what the vessel itself then waited for: its berth or the port's closure at the loading
/// port, a closure holding it after loading, its repair and the berth or closure where it unloads.
/// </para>
/// </remarks>
internal sealed partial class SeaService
{
    private const int SailingActivity = 0;
    private const int RepairActivity = 1;
    private const int FullLoadActivity = 2;
    private const int SeaClosedActivity = 3;
    private const int EndActivities = 3;

    private CauseAccount[] _activityCauses = [];
    private bool[] _activityWaits = [];
    private int[] _activityCounts = [];
    private double[] _activityHours = [];
    private double _clockAt;
    private readonly List<(int Activity, double Hours)> _afterParts = [];

    /// <summary>Reads the fleet clock now.</summary>
    public FleetMark Mark()
    {
        AdvanceClock();
        return new FleetMark(this, Run.Sim.Now, (double[])_activityHours.Clone());
    }

    /// <summary>
    /// Charges <paramref name="hours"/> one consignment of <paramref name="tonnes"/> waited in a yard for a
    /// vessel, from the clock reading <paramref name="from"/> to the call at <paramref name="to"/>, in proportion
    /// to the vessel-hours of each activity in between; to the vessels themselves when no time passed.
    /// </summary>
    public void ChargeFleetWait(FleetMark? from, FleetMark to, double hours, double tonnes)
    {
        if (!(hours > 0))
        {
            return;
        }

        var total = 0.0;
        if (from is not null && from.Service == this)
        {
            for (var k = 0; k < _activityHours.Length; k++)
            {
                total += Math.Max(0, to.VesselHours[k] - from.VesselHours[k]);
            }
        }

        if (!(total > 0))
        {
            _activityCauses[SailingActivity].Charge(hours, 1, tonnes);
            return;
        }

        for (var k = 0; k < _activityHours.Length; k++)
        {
            var share = Math.Max(0, to.VesselHours[k] - from!.VesselHours[k]) / total;
            if (share > 0)
            {
                _activityCauses[k].Charge(hours * share, 1, tonnes);
            }
        }
    }

    /// <summary>Opens the causes of the fleet's activities and puts every vessel in its first one.</summary>
    private void StartClock()
    {
        var kind = SnakeCase.Of(Rule.Berth);
        var causes = new List<CauseAccount>
        {
            Cause(WaitCauseKind.Vessels),
            Cause(WaitCauseKind.Breakdowns),
            Cause(WaitCauseKind.FullLoad),
            ClosureCause,
        };
        var waits = new List<bool> { false, true, false, true };
        foreach (var end in Ends)
        {
            var berths = end.Berths;
            causes.Add(end.Port.Cause(WaitCauseKind.Berth, kind, () => berths.UtilizationMonitor.Mean));
            causes.Add(end.Port.Cause(WaitCauseKind.Handling, kind, () => berths.UtilizationMonitor.Mean));
            causes.Add(end.Port.ClosureCause);
            waits.AddRange([true, false, true]);
        }

        _activityCauses = [.. causes];
        _activityWaits = [.. waits];
        _activityCounts = new int[causes.Count];
        _activityHours = new double[causes.Count];
        _clockAt = Run.Sim.Now;
        foreach (var vessel in _fleet)
        {
            vessel.Activity = ActivityOf(vessel);
            _activityCounts[vessel.Activity]++;
        }
    }

    /// <summary>Moves <paramref name="vessel"/> to the activity its phase and the closures now make it.</summary>
    private void Reassess(Vessel vessel)
    {
        var activity = ActivityOf(vessel);
        if (activity == vessel.Activity || _activityCounts.Length == 0)
        {
            return;
        }

        AdvanceClock();
        _activityCounts[vessel.Activity]--;
        _activityCounts[activity]++;
        vessel.Activity = activity;
        vessel.Timeline.Add((Run.Sim.Now, activity));
    }

    private int ActivityOf(Vessel vessel)
    {
        var end = EndActivities + 1 + (3 * vessel.At);
        var portOpen = Ends[vessel.At].Port.Closure.IsOpen;
        return vessel.Phase switch
        {
            VesselPhase.Sailing => SailingActivity,
            VesselPhase.OutOfService => RepairActivity,
            VesselPhase.WaitingForCargo => FullLoadActivity,
            VesselPhase.Unloading or VesselPhase.Loading => end + 1,
            VesselPhase.HeldAfterLoading => portOpen ? SeaClosedActivity : end + 2,
            _ => !portOpen ? end + 2 : vessel.WaitsForSea && !Closure.IsOpen ? SeaClosedActivity : end,
        };
    }

    private void AdvanceClock()
    {
        var now = Run.Sim.Now;
        var span = now - _clockAt;
        if (span > 0)
        {
            for (var k = 0; k < _activityCounts.Length; k++)
            {
                _activityHours[k] += _activityCounts[k] * span;
            }
        }

        _clockAt = now;
    }

    /// <summary>Starts the vessel's own timeline afresh now (it is called, or it has delivered what it carried).</summary>
    private void RestartTimeline(Vessel vessel)
    {
        vessel.Timeline.Clear();
        vessel.Timeline.Add((Run.Sim.Now, vessel.Activity));
        vessel.BoardedSegment = -1;
    }

    /// <summary>
    /// Charges what the cargo landed from <paramref name="vessel"/> waited, as the service records it (its
    /// wait for the called vessel's berth and any closure after loading, plus <paramref name="anchored"/> hours
    /// off this port), to what the vessel itself waited for: after boarding, the waiting parts of its
    /// timeline; before boarding, the end of its wait after the call, as long as each consignment waited.
    /// </summary>
    private void ChargeAboard(Vessel vessel, List<Consignment> cargo, double anchored)
    {
        var now = Run.Sim.Now;
        var timeline = vessel.Timeline;
        var boarded = vessel.BoardedSegment;
        var after = 0.0;
        _afterParts.Clear();
        for (var i = Math.Max(0, boarded); boarded >= 0 && i < timeline.Count; i++)
        {
            var (start, activity) = timeline[i];
            var length = (i + 1 < timeline.Count ? timeline[i + 1].Start : now) - start;
            if (_activityWaits[activity] && length > 0)
            {
                _afterParts.Add((activity, length));
                after += length;
            }
        }

        foreach (var c in cargo)
        {
            var total = c.WaitedHours + anchored;
            if (!(total > 0))
            {
                continue;
            }

            // The parts after boarding are the same for every consignment aboard; rounding aside, they fit in the total.
            var scale = after > total ? total / after : 1;
            foreach (var (activity, hours) in _afterParts)
            {
                _activityCauses[activity].Charge(hours * scale, 1, c.Tonnes);
            }

            var before = total - (after * scale);
            for (var i = boarded - 1; i >= 0 && before > 0; i--)
            {
                var take = Math.Min(before, timeline[i + 1].Start - timeline[i].Start);
                _activityCauses[timeline[i].Activity].Charge(take, 1, c.Tonnes);
                before -= take;
            }

            if (before > 0)
            {
                _activityCauses[EndActivities + 1 + (3 * (1 - vessel.At))].Charge(before, 1, c.Tonnes);
            }
        }
    }
}
