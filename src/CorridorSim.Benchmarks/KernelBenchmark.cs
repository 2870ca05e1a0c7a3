namespace CorridorSim.Benchmarks;

/// <summary>
/// Runs the three kernel workloads in rounds (floor, timeouts, M/M/1, repeated) and reports the medians, then the
/// scaling section (<see cref="KernelScalingBenchmark"/>).
/// </summary>
/// <remarks>
/// A short warm-up round (5% of the sizes, not reported) lets the JIT reach its optimised tier first.
/// Interleaving the workloads spreads the noise of a shared machine over all three, so the ratios to the
/// floor are fairer than if each workload ran its rounds back to back.
/// </remarks>
public static class KernelBenchmark
{
    /// <summary>Runs <paramref name="runs"/> rounds at <paramref name="scale"/> × the standard sizes given below.</summary>
    /// <param name="runs">Rounds; the median is reported (an odd number avoids averaging two runs).</param>
    /// <param name="scale">1 = 10 M floor steps, 10 M timeouts, 1 M customers.</param>
    /// <param name="seed">The seed of every workload's random source.</param>
    /// <param name="progress">Called with each result as it is measured.</param>
    /// <param name="scaling">Also measure the scaling section (each operation at 10k, 40k and 160k).</param>
    public static KernelBenchmarkReport Run(
        int runs = 5, double scale = 1.0, ulong seed = 42, Action<WorkloadResult>? progress = null, bool scaling = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var rounds = new List<WorkloadResult>();
        void Record(WorkloadResult result)
        {
            rounds.Add(result);
            progress?.Invoke(result);
        }

        KernelWorkloads.Floor((long)(500_000 * scale), seed: seed);
        KernelWorkloads.Timeouts((long)(500_000 * scale), seed: seed);
        KernelWorkloads.MM1((int)(50_000 * scale), seed: seed);
        for (var run = 0; run < runs; run++)
        {
            Record(KernelWorkloads.Floor((long)(10_000_000 * scale), seed: seed));
            Record(KernelWorkloads.Timeouts((long)(10_000_000 * scale), seed: seed));
            Record(KernelWorkloads.MM1((int)(1_000_000 * scale), seed: seed));
        }

        return new KernelBenchmarkReport(
            Median(rounds, "floor", r => r.EventsPerSecond),
            Median(rounds, "timeouts", r => r.EventsPerSecond),
            Median(rounds, "mm1", r => r.UnitsPerSecond),
            rounds,
            scaling ? KernelScalingBenchmark.Run(runs) : []);
    }

    private static WorkloadResult Median(List<WorkloadResult> rounds, string workload, Func<WorkloadResult, double> metric)
    {
        var sorted = rounds.Where(r => r.Workload == workload).OrderBy(metric).ToList();
        return sorted[(sorted.Count - 1) / 2];
    }
}
