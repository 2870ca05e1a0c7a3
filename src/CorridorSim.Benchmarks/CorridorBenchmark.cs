using System.Diagnostics;
using CorridorSim.Corridor;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Benchmarks;

/// <summary>
/// Times the corridor model: one replication of a scenario scaled to a total annual demand, over a horizon
/// of whole years, without per-consignment records (as a long study would run it).
/// </summary>
public static class CorridorBenchmark
{
    /// <summary>
    /// The scenario with every flow's demand (and ramp end) multiplied by one factor so that the flows
    /// together offer <paramref name="annualTonnes"/> a year, run for <paramref name="years"/> with no warm-up.
    /// </summary>
    public static CorridorSpec Scaled(CorridorSpec spec, double annualTonnes, double years)
    {
        var total = spec.Flows.Sum(f => f.AnnualTonnes);
        if (total <= 0) throw new ArgumentException("The scenario has no demand to scale.", nameof(spec));
        var factor = annualTonnes / total;
        var flows = spec.Flows
            .Select(f => f with { AnnualTonnes = f.AnnualTonnes * factor, AnnualTonnesEnd = f.AnnualTonnesEnd * factor })
            .ToList();
        return spec with { Flows = flows, HorizonDays = 365 * years, WarmupDays = 0, Replications = 1 };
    }

    /// <summary>
    /// Runs one whole replication of the scenario as written (its demand, its horizon, no warm-up) once and
    /// returns its timing: the first replication a fresh process runs is the cold figure, and every
    /// replication after it runs the code the just-in-time compiler has optimised by then.
    /// </summary>
    /// <remarks>
    /// A month is too short a warm-up: the hottest methods are recompiled with full optimisation only after
    /// tens of thousands of calls and a background delay, so a month left a fixed cost in the first timed run.
    /// </remarks>
    public static ModelTiming WarmUp(CorridorSpec spec) =>
        Time(spec, spec.Flows.Sum(f => f.AnnualTonnes), 1, runs: 1);

    /// <summary>Runs replication 0 of the scaled scenario <paramref name="runs"/> times and reports the median.</summary>
    /// <param name="spec">The scenario to scale.</param>
    /// <param name="annualTonnes">The total annual demand the flows are scaled to.</param>
    /// <param name="years">The horizon in simulated years.</param>
    /// <param name="runs">How many times to run it; the median time is reported.</param>
    /// <param name="watchMemory">
    /// Sample the managed heap while running; the sampler's thread competes for the cores, so timings are
    /// taken without it.
    /// </param>
    public static ModelTiming Time(CorridorSpec spec, double annualTonnes, double years, int runs = 3, bool watchMemory = false)
    {
        var scaled = Scaled(spec, annualTonnes, years);
        var runsTimed = new List<(double Seconds, long Allocated)>();
        long events = 0;
        double delivered = 0;
        double backlog = 0;
        GC.Collect();
        var fullCollections = GC.CollectionCount(2);
        using var memory = watchMemory ? new PeakMemorySampler() : null;
        for (var run = 0; run < runs; run++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var result = CorridorModel.RunReplication(scaled, 0, new RunOptions());
            runsTimed.Add((watch.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocated));
            events = result.EventsProcessed;
            delivered = result.Kpis.First(k => k.Name == Kpis.DeliveredTonnesPerYear.Name).Value;
            backlog = result.Ledger.InSystemTonnes;
        }

        fullCollections = GC.CollectionCount(2) - fullCollections;
        runsTimed.Sort();
        var median = runsTimed[runsTimed.Count / 2];
        return new ModelTiming(annualTonnes, years, median.Seconds, events, delivered, backlog, memory?.PeakBytes ?? 0)
        {
            AllocatedBytes = median.Allocated,
            FullCollections = fullCollections,
        };
    }
}
