using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>A border side written as procedure steps, and the regime effects that act on them.</summary>
internal sealed partial class BorderCrossing
{
    /// <summary>Pre-arrival work started for trains on their way here, by train id: per step, its process or null if not needed.</summary>
    private readonly Dictionary<long, Dictionary<ProcedureStep, Process?>> _prepared = [];

    /// <summary>
    /// Called as <paramref name="train"/> sets off towards this border: under a pre-arrival regime, the steps
    /// that list pre-arrival start now (on their own capacity), so that only their remainder is dwell.
    /// </summary>
    public void Lodge(Train train)
    {
        var side = SideFor(train.Flow.Direction);
        if (side.Regime is not { PreArrival: true })
        {
            return;
        }

        var recognised = Recognised(train.Units);
        Dictionary<ProcedureStep, Process?>? prepared = null;

        // Indexed, not foreach: an enumerator over the interface would be boxed for every train.
        for (var s = 0; s < side.Steps.Count; s++)
        {
            var step = side.Steps[s];
            if (!side.Acts(step, RegimeEffect.PreArrival) || !step.AppliesTo(train.Flow.Spec.CargoClass)
                || (side.Acts(step, RegimeEffect.MutualRecognition) && (recognised & step.RecognitionBit) != 0))
            {
                continue;
            }

            var work = step.Needed(step.Channel) ? Run.Sim.Process(step.Work(Run.Sim, step.NextHours()), "pre-arrival") : null;
            (prepared ??= [])[step] = work;
        }

        if (prepared is not null)
        {
            _prepared[train.Id] = prepared;
        }
    }

    /// <summary>The mean hours a corridor train spent at each step in the window (waiting and service, zero if skipped).</summary>
    public IEnumerable<(string Step, double MeanHours)> StepHours()
    {
        foreach (var side in Sides)
        {
            foreach (var step in side.Steps)
            {
                yield return ($"{side.Name}.{step.Name}", side.WindowTrains > 0 ? step.WindowHours / side.WindowTrains : double.NaN);
            }
        }
    }

    private static ulong Recognised(List<Consignment> units)
    {
        if (units.Count == 0)
        {
            return 0;
        }

        var all = ulong.MaxValue;
        foreach (var c in units)
        {
            all &= c.RecognisedSteps;
        }

        return all;
    }

    private IEnumerable<Event> PassSteps(Train train, BorderSide side)
    {
        var sim = Run.Sim;
        _prepared.Remove(train.Id, out var prepared);
        var passage = new Passage(train, prepared, Recognised(train.Units), sim.Now >= Run.WarmupHours);
        for (var g = 0; g < side.Groups.Count; g++)
        {
            var group = side.Groups[g];
            if (group.Length == 1)
            {
                if (Step(passage, side, group[0], parallel: false) is { } waits)
                {
                    foreach (var e in waits)
                    {
                        yield return e;
                    }
                }

                continue;
            }

            // Single window: one merged submission, the agencies' steps worked at once.
            passage.ParallelWait = 0;
            passage.ParallelClosureHours = 0;
            passage.ParallelCause = null;
            var work = new Event[group.Length];
            for (var i = 0; i < group.Length; i++)
            {
                work[i] = sim.Process(ParallelStep(passage, side, group[i]), "single-window");
            }

            yield return sim.AllOf(work);
            if (passage.ParallelCause is { } cause)
            {
                train.Dwell.AddWait(passage.ParallelClosureHours, ClosureCause);
                train.Dwell.AddWait(passage.ParallelWait - passage.ParallelClosureHours, cause);
            }
        }

        if (side.Regime is { } regime)
        {
            var recognised = regime.MutualRecognition ? passage.Ran : 0;
            foreach (var c in train.Units)
            {
                c.RecognisedSteps = recognised;
            }
        }

        if (passage.InWindow)
        {
            side.WindowTrains++;
        }
    }

    /// <summary>
    /// Takes the train of <paramref name="passage"/> through one step: skipped where it does not apply, is
    /// recognised or is not needed, finished where it was prepared before arrival, otherwise worked here.
    /// </summary>
    /// <returns>Null when the train has nothing to wait for at the step; otherwise the waits to yield.</returns>
    /// <remarks>Most steps of most trains are passed without waiting, and then no iterator is allocated.</remarks>
    private IEnumerable<Event>? Step(Passage passage, BorderSide side, ProcedureStep step, bool parallel)
    {
        var train = passage.Train;
        var arrived = Run.Sim.Now;
        if (!step.AppliesTo(train.Flow.Spec.CargoClass))
        {
            return null;
        }

        if (side.Acts(step, RegimeEffect.MutualRecognition) && (passage.Recognised & step.RecognitionBit) != 0)
        {
            // Recognised, as a port's customs post does: the check done earlier still counts for the next post.
            Run.RecordStages(train.Units, step.Name, Name, arrived, arrived, arrived);
            passage.Ran |= step.RecognitionBit;
            return null;
        }

        if (passage.Prepared is { } prepared && prepared.TryGetValue(step, out var work))
        {
            if (work is null)
            {
                return null;
            }

            if (work.IsProcessed)
            {
                Finish(passage, step, arrived, arrived);
                return null;
            }

            return AwaitPrepared(passage, step, work, arrived);
        }

        if (!step.Needed(step.Channel))
        {
            return null;
        }

        return WorkStep(passage, step, parallel, arrived);
    }

    /// <summary>A step of a single-window group, worked as a process of its own.</summary>
    private IEnumerable<Event> ParallelStep(Passage passage, BorderSide side, ProcedureStep step)
    {
        if (Step(passage, side, step, parallel: true) is { } waits)
        {
            foreach (var e in waits)
            {
                yield return e;
            }
        }
    }

    private IEnumerable<Event> AwaitPrepared(Passage passage, ProcedureStep step, Process work, double arrived)
    {
        yield return work;
        Finish(passage, step, arrived, arrived);
    }

    private IEnumerable<Event> WorkStep(Passage passage, ProcedureStep step, bool parallel, double arrived)
    {
        var sim = Run.Sim;
        var train = passage.Train;
        var stepCause = step.Cause ?? ClosureCause;
        if (!parallel)
        {
            train.Dwell.StartWaiting(arrived, Closure.IsOpen ? stepCause : ClosureCause);
        }

        while (!Closure.IsOpen)
        {
            yield return Closure.WhenOpen;
        }

        var reopened = sim.Now;
        if (!parallel)
        {
            train.Dwell.Because(reopened, stepCause);
        }

        var held = step.Capacity?.Request();
        if (held is not null)
        {
            yield return held;
        }

        var started = sim.Now;
        if (parallel && (started - arrived > passage.ParallelWait || passage.ParallelCause is null))
        {
            // The group waits as long as its longest queue: that step's closure and capacity are what it waited for.
            passage.ParallelWait = started - arrived;
            passage.ParallelClosureHours = reopened - arrived;
            passage.ParallelCause = stepCause;
        }
        else
        {
            train.Dwell.StopWaiting(started);
        }

        yield return sim.Timeout(step.NextHours());
        held?.Dispose();
        Finish(passage, step, arrived, started);
    }

    private void Finish(Passage passage, ProcedureStep step, double arrived, double started)
    {
        var now = Run.Sim.Now;
        Run.RecordStages(passage.Train.Units, step.Name, Name, arrived, started, now);
        passage.Ran |= step.RecognitionBit;
        if (passage.InWindow)
        {
            step.WindowHours += now - arrived;
        }
    }

    /// <summary>One train's way through one side: what was prepared before arrival and what it has done.</summary>
    private sealed class Passage(Train train, Dictionary<ProcedureStep, Process?>? prepared, ulong recognised, bool inWindow)
    {
        public Train Train { get; } = train;

        public Dictionary<ProcedureStep, Process?>? Prepared { get; } = prepared;

        /// <summary>The steps every consignment of the train had at the previous post.</summary>
        public ulong Recognised { get; } = recognised;

        public bool InWindow { get; } = inWindow;

        /// <summary>The steps done here.</summary>
        public ulong Ran { get; set; }

        /// <summary>The longest queue of a single-window group being worked.</summary>
        public double ParallelWait { get; set; }

        /// <summary>Of <see cref="ParallelWait"/>, the hours the border was closed.</summary>
        public double ParallelClosureHours { get; set; }

        /// <summary>The capacity the longest queue of the group waited for, once a step of it has started.</summary>
        public CauseAccount? ParallelCause { get; set; }
    }
}
