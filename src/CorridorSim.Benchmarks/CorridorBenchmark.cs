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
    /// Runs a month of the scenario once, untimed, so the first timed run does not pay for just-in-time
    /// compilation.
    /// </summary>
    public static void WarmUp(CorridorSpec spec) =>
        CorridorModel.RunReplication(Scaled(spec, spec.Flows.Sum(f => f.AnnualTonnes), 1) with { HorizonDays = 30 }, 0, new RunOptions());

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
        var seconds = new List<double>();
        long events = 0;
        double delivered = 0;
        double backlog = 0;
        GC.Collect();
        using var memory = watchMemory ? new PeakMemorySampler() : null;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var result = CorridorModel.RunReplication(scaled, 0, new RunOptions());
            seconds.Add(watch.Elapsed.TotalSeconds);
            events = result.EventsProcessed;
            delivered = result.Kpis.First(k => k.Name == Kpis.DeliveredTonnesPerYear.Name).Value;
            backlog = result.Ledger.InSystemTonnes;
        }

        seconds.Sort();
        return new ModelTiming(annualTonnes, years, seconds[seconds.Count / 2], events, delivered, backlog, memory?.PeakBytes ?? 0);
    }
}
