using System.Diagnostics;
using CorridorSim.Kernel;

namespace CorridorSim.Benchmarks;

/// <summary>
/// The kernel benchmark workloads that the README's "Performance" section reports: the raw heap floor, the
/// timeouts loop and the M/M/1 queue.
/// </summary>
/// <remarks>
/// Each workload draws from its own <see cref="BenchmarkRandom"/> seeded with the given seed, so every run
/// does identical work. Allocation is measured on the calling thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) over the same span as the wall clock.
/// </remarks>
public static class KernelWorkloads
{
    /// <summary>
    /// The floor: a <see cref="PriorityQueue{TElement, TPriority}"/> of <paramref name="entries"/> entries keyed by
    /// (time, seq); each step pops the minimum and pushes it back at t + Exp(1).
    /// </summary>
    /// <remarks>
    /// The key is a plain value tuple compared by the default comparer, the fastest honest heap loop a
    /// FIFO-stable kernel could be measured against: a custom <see cref="IComparer{T}"/> class costs the loop
    /// 10–20% and would flatter every ratio to the floor by as much.
    /// </remarks>
    public static WorkloadResult Floor(long steps = 10_000_000, int entries = 1000, ulong seed = 42)
    {
        var random = new BenchmarkRandom(seed);
        var queue = new PriorityQueue<int, (double Time, long Seq)>(entries);
        long seq = 0;
        for (var i = 0; i < entries; i++)
        {
            queue.Enqueue(i, (random.Exponential(1), seq++));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        for (long k = 0; k < steps; k++)
        {
            queue.TryDequeue(out var element, out var key);
            queue.Enqueue(element, (key.Time + random.Exponential(1), seq++));
        }

        clock.Stop();
        var cpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new WorkloadResult("floor", steps, steps, clock.Elapsed.TotalSeconds, allocated, CpuSeconds: cpuSeconds);
    }

    /// <summary>
    /// The timeouts loop: <paramref name="processes"/> processes, each yielding Timeout(Exp(mean 1)) while fewer
    /// than <paramref name="timeouts"/> timeouts have completed in total.
    /// </summary>
    public static WorkloadResult Timeouts(long timeouts = 10_000_000, int processes = 1000, ulong seed = 42)
    {
        var random = new BenchmarkRandom(seed);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var simulation = new Simulation();
        var completed = new long[1];
        for (var i = 0; i < processes; i++)
        {
            simulation.Process(Looper(simulation, random, completed, timeouts));
        }

        simulation.Run();
        clock.Stop();
        var cpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new WorkloadResult("timeouts", simulation.ProcessedEvents, completed[0], clock.Elapsed.TotalSeconds, allocated, CpuSeconds: cpuSeconds);
    }

    /// <summary>
    /// The M/M/1 queue: <paramref name="customers"/> customers arrive with Exp(mean 1/<paramref name="arrivalRate"/>)
    /// gaps, each holds a capacity-1 <see cref="Resource"/> for Exp(mean 1/<paramref name="serviceRate"/>) and
    /// releases it by disposing the request.
    /// </summary>
    public static WorkloadResult MM1(int customers = 1_000_000, double arrivalRate = 0.9, double serviceRate = 1.0, ulong seed = 42)
    {
        var random = new BenchmarkRandom(seed);
        var waits = new double[customers];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var simulation = new Simulation();
        var server = new Resource(simulation, 1);
        simulation.Process(Source(simulation, server, random, waits, 1 / arrivalRate, 1 / serviceRate));
        simulation.Run();
        clock.Stop();
        var cpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var (mean, halfWidth) = BatchMeans(waits, 20);
        return new WorkloadResult("mm1", simulation.ProcessedEvents, customers, clock.Elapsed.TotalSeconds, allocated, mean, halfWidth, cpuSeconds);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static IEnumerable<Event> Looper(Simulation simulation, BenchmarkRandom random, long[] completed, long target)
    {
        while (completed[0] < target)
        {
            yield return simulation.Timeout(random.Exponential(1));
            completed[0]++;
        }
    }

    private static IEnumerable<Event> Source(
        Simulation simulation, Resource server, BenchmarkRandom random, double[] waits, double meanGap, double meanService)
    {
        for (var i = 0; i < waits.Length; i++)
        {
            yield return simulation.Timeout(random.Exponential(meanGap));
            simulation.Process(Customer(simulation, server, random, waits, i, meanService));
        }
    }

    private static IEnumerable<Event> Customer(
        Simulation simulation, Resource server, BenchmarkRandom random, double[] waits, int index, double meanService)
    {
        var arrival = simulation.Now;
        using var request = server.Request();
        yield return request;
        waits[index] = simulation.Now - arrival;
        yield return simulation.Timeout(random.Exponential(meanService));
    }

    /// <summary>The mean and the 95% half-width from <paramref name="batches"/> batch means (t quantile for 19 df when 20).</summary>
    private static (double Mean, double HalfWidth) BatchMeans(double[] samples, int batches)
    {
        var size = samples.Length / batches;
        var means = new double[batches];
        for (var b = 0; b < batches; b++)
        {
            double sum = 0;
            for (var i = b * size; i < (b + 1) * size; i++)
            {
                sum += samples[i];
            }

            means[b] = sum / size;
        }

        var mean = means.Average();
        var variance = means.Sum(m => (m - mean) * (m - mean)) / (batches - 1);
        return (mean, 2.093 * Math.Sqrt(variance / batches));
    }
}
