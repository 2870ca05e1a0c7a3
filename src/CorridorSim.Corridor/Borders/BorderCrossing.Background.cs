using CorridorSim.Corridor.Demand;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>Background trains (bilateral China–Kazakhstan traffic) on the border's shared step capacities.</summary>
internal sealed partial class BorderCrossing : IBackgroundHost
{
    /// <summary>
    /// Takes a background train through every step of its side that has a capacity and serves every cargo
    /// class, in order; no regime effect acts on it (its documents are not the corridor's), and pure delays
    /// are skipped because they hold nothing another train needs.
    /// </summary>
    public IEnumerable<Event> PassBackground(BackgroundTrain train)
    {
        var sim = Run.Sim;
        var traffic = train.Traffic;
        traffic.Arrive(train);
        var steps = SideFor(train.Direction).Steps;
        for (var s = 0; s < steps.Count; s++)
        {
            var step = steps[s];
            if (step.Capacity is not { } capacity || step.Spec.CargoClasses is not null || !step.Needed(traffic.Service))
            {
                continue;
            }

            var queued = sim.Now;
            while (!Closure.IsOpen)
            {
                yield return Closure.WhenOpen;
            }

            var held = capacity.Request();
            yield return held;
            train.WaitHours += sim.Now - queued;
            yield return sim.Timeout(traffic.NextHours(step, step.Spec.Hours) * step.Scale);
            held.Dispose();
        }

        traffic.Leave(train);
    }
}
