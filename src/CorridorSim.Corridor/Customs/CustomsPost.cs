using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Customs;

/// <summary>
/// A customs post at one side of a border or at a port: officers check each train's (or truck's, or
/// landed vessel load's) documents under the post's regime, and inspection lanes physically inspect the
/// consignments picked for it.
/// </summary>
/// <remarks>
/// <para>
/// Under a pre-arrival regime the declaration is lodged when the cargo leaves the previous facility, so an
/// officer starts the check then (<see cref="BeginPreArrivalCheck"/>) and only what is left of it when the
/// cargo arrives is dwell: max(0, check − travel), plus any wait for a free officer.
/// </para>
/// <para>
/// Mutual recognition: cargo cleared under a recognising regime skips the document check at the next post
/// whose regime also recognises it. Physical inspections are drawn per consignment all the same.
/// </para>
/// </remarks>
internal sealed class CustomsPost
{
    private readonly Simulation _sim;
    private readonly Facility _at;
    private readonly Variate _documentCheck;
    private readonly Variate? _inspectionHours;
    private readonly Random _inspectionDraws;

    /// <param name="side">The border side the post checks (<c>westbound</c>), or null at a port: the detail of its causes of waiting.</param>
    public CustomsPost(CorridorRun run, Facility at, CustomsPostSpec spec, CustomsRegimeSpec regime, string? side = null)
    {
        _sim = run.Sim;
        _at = at;
        Regime = regime;
        Officers = new Resource(run.Sim, spec.DocumentOfficers);
        Lanes = spec.InspectionLanes > 0 ? new Resource(run.Sim, spec.InspectionLanes) : null;
        _documentCheck = new Variate(regime.DocumentCheckHours, run.Streams.Stream($"service:{at.Name}"));
        _inspectionDraws = run.Streams.Stream($"inspection:{at.Name}");
        _inspectionHours = regime.InspectionProbability > 0 ? new Variate(regime.InspectionHours, _inspectionDraws) : null;
        OfficersCause = at.Cause(WaitCauseKind.Officers, side, () => Officers.UtilizationMonitor.Mean);
        var lanes = Lanes;
        LanesCause = at.Cause(WaitCauseKind.InspectionLanes, side, () => lanes?.UtilizationMonitor.Mean ?? 0);
    }

    /// <summary>The account of waits for a free officer.</summary>
    public CauseAccount OfficersCause { get; }

    /// <summary>The account of waits for a free inspection lane.</summary>
    public CauseAccount LanesCause { get; }

    public CustomsRegimeSpec Regime { get; }

    public Resource Officers { get; }

    public Resource? Lanes { get; }

    public bool PreArrival => Regime.PreArrival;

    /// <summary>Whether cargo recognised under mutual recognition skips this post's document check.</summary>
    public bool Skips(IReadOnlyList<Consignment> cargo)
    {
        if (!Regime.MutualRecognition || cargo.Count == 0)
        {
            return false;
        }

        // Indexed, not foreach: an enumerator over the interface would be boxed on every check.
        for (var i = 0; i < cargo.Count; i++)
        {
            if (!cargo[i].Recognised)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Starts the document check of pre-lodged data as the cargo sets off towards this post.</summary>
    public Process BeginPreArrivalCheck() => _sim.Process(Check(), "pre-arrival-check");

    /// <summary>
    /// Clears <paramref name="cargo"/>: the document check (skipped, pre-lodged or done now) and the
    /// inspections drawn for it; waits for officers and lanes are added to <paramref name="dwell"/>.
    /// </summary>
    public IEnumerable<Event> Clear(IReadOnlyList<Consignment> cargo, Process? preArrivalCheck, Dwell dwell)
    {
        var arrived = _sim.Now;
        var waitedBefore = dwell.WaitHours;
        if (!Skips(cargo))
        {
            if (preArrivalCheck is not null)
            {
                if (!preArrivalCheck.IsProcessed)
                {
                    yield return preArrivalCheck;
                }
            }
            else
            {
                dwell.StartWaiting(arrived, OfficersCause);
                var officer = Officers.Request();
                yield return officer;
                dwell.StopWaiting(_sim.Now);
                yield return _sim.Timeout(_documentCheck.Next());
                officer.Dispose();
            }
        }

        Run.RecordStages(cargo, StageName.Customs, _at.Name, arrived, arrived + (dwell.WaitHours - waitedBefore), _sim.Now);
        for (var i = 0; i < cargo.Count; i++)
        {
            cargo[i].Recognised = Regime.MutualRecognition;
        }

        if (Lanes is null || _inspectionHours is null)
        {
            yield break;
        }

        List<(Consignment Consignment, double Hours)>? picked = null;
        var longest = 0.0;
        for (var i = 0; i < cargo.Count; i++)
        {
            var c = cargo[i];
            if (_inspectionDraws.NextDouble() < Regime.InspectionProbability)
            {
                var hours = _inspectionHours.Next();
                longest = Math.Max(longest, hours);
                (picked ??= []).Add((c, hours));
            }
        }

        if (picked is null)
        {
            yield break;
        }

        // One inspection team per lane works through the picked consignments of this cargo.
        var start = _sim.Now;
        var teams = Math.Min(picked.Count, Lanes.Capacity);
        var queue = new Queue<(Consignment, double)>(picked);
        if (teams == 1)
        {
            foreach (var e in Inspect(queue))
            {
                yield return e;
            }
        }
        else
        {
            var workers = new Event[teams];
            for (var i = 0; i < teams; i++)
            {
                workers[i] = _sim.Process(Inspect(queue), "inspection");
            }

            yield return _sim.AllOf(workers);
        }

        // Time beyond the longest inspection was spent queueing for a lane.
        dwell.AddWait(Math.Max(0, _sim.Now - start - longest), LanesCause);
    }

    private CorridorRun Run => _at.Run;

    private IEnumerable<Event> Check()
    {
        var officer = Officers.Request();
        yield return officer;
        yield return _sim.Timeout(_documentCheck.Next());
        officer.Dispose();
    }

    private IEnumerable<Event> Inspect(Queue<(Consignment Consignment, double Hours)> picked)
    {
        while (picked.TryDequeue(out var next))
        {
            var arrived = _sim.Now;
            var lane = Lanes!.Request();
            yield return lane;
            var started = _sim.Now;
            yield return _sim.Timeout(next.Hours);
            lane.Dispose();
            Run.RecordStage(next.Consignment, StageName.Inspection, _at.Name, arrived, started, _sim.Now);
        }
    }
}
