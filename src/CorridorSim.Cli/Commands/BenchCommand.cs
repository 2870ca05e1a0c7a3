using System.Globalization;
using CorridorSim.Benchmarks;
using CorridorSim.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// <c>corridorsim bench</c>: the kernel workloads against a bare heap loop, one simulated year of a scenario
/// scaled from 2.5 to 20 Mt (cold and warm), memory over 1 and 10 years, replications on 1 against 2 threads,
/// and a whole <c>run</c> as a child process.
/// </summary>
/// <remarks>Speed is measured here and only here, never asserted in unit tests. Build in Release.</remarks>
public sealed class BenchCommand(CommandEnvironment environment) : Command<BenchSettings>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Runs the benchmark parts the settings include and prints their tables.</summary>
    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellation)
    {
        var console = environment.Console;
#if DEBUG
        console.MarkupLine("[yellow]warning: this is a Debug build; add -c Release for figures worth quoting.[/]");
#endif
        if (settings.Includes("kernel"))
        {
            var kernel = KernelBenchmark.Run(settings.Runs, settings.KernelScale);
            console.WriteLine(kernel.Format());
        }

        if (settings.Includes("model") || settings.Includes("parallel"))
        {
            var spec = ScenarioInput.Load(console, settings.Scenario, [], cancellation: cancellation).Spec!;
            if (settings.Includes("model")) Model(console, spec, settings.Runs, cancellation);
            if (settings.Includes("parallel")) Parallel(console, spec, settings, cancellation);
        }

        if (settings.Includes("run")) WholeRun(console, settings, cancellation);

        if (settings.Includes("facilities"))
            console.WriteLine(FacilityScaleBenchmark.Measure(settings.Scenario, settings.Runs, cancellation));

        if (settings.Includes("memory"))
            Memory(console, ScenarioInput.Load(console, settings.MemoryScenario, [], cancellation: cancellation).Spec!, settings.MemoryMegatonnes, cancellation);

        return ExitCodes.Success;
    }

    private static void Model(IAnsiConsole console, Corridor.Spec.CorridorSpec spec, int runs, CancellationToken cancellation)
    {
        console.WriteLine($"Corridor model: {spec.Name}, one replication of one simulated year");
        var cold = CorridorBenchmark.WarmUp(spec);
        console.WriteLine(string.Create(Invariant,
            $"  cold: the process's first replication, at the scenario's {cold.DemandTonnesPerYear / 1e6:0.0#} Mt: {cold.MedianSeconds:F3} s  {cold.Events:N0} events  {cold.AllocatedBytesPerEvent:F0} B/event"));
        console.WriteLine($"  warm, after that replication (median of {runs} runs):");
        foreach (var megatonnes in new[] { 2.5, 5, 10, 20 })
        {
            cancellation.ThrowIfCancellationRequested();
            var t = CorridorBenchmark.Time(spec, megatonnes * 1e6, years: 1, runs);
            console.WriteLine(string.Create(Invariant,
                $"  {megatonnes,4:0.0} Mt  {t.SecondsPerSimulatedYear,6:F3} s per simulated year  {t.Events,9:N0} events  {t.EventsPerSecond / 1e6,6:F2} M events/s  {t.AllocatedBytesPerEvent,5:F0} B/event  {t.FullCollections,2} full GCs  delivered {t.DeliveredTonnesPerYear / 1e6,5:F2} Mt/yr"));
        }

        // Watched apart from the timed runs: the event listener costs time of its own.
        using var watch = new AllocationWatch();
        CorridorBenchmark.Time(spec, 10e6, years: 1, runs: 1);
        watch.Stop();
        var large = watch.LargeObjectTicks;
        console.WriteLine(large.Count == 0
            ? "  large-object heap: no allocation tick in one replication at 10 Mt"
            : $"  large-object heap, allocation ticks (one per ~100 KB) in one replication at 10 Mt: {string.Join(", ", large.Select(t => $"{t.Type} {t.Ticks}"))}");
        var small = watch.SmallObjectTicks;
        var total = small.Sum(t => t.Ticks);
        console.WriteLine($"  where the bytes go (share of {total} ~100 KB allocation ticks): {string.Join(", ", small.Take(12).Select(t => string.Create(Invariant, $"{t.Type} {100.0 * t.Ticks / total:0}%")))}");
    }

    private static void WholeRun(IAnsiConsole console, BenchSettings settings, CancellationToken cancellation)
    {
        var program = Batch.JobExecutable.ForSlurm(null);
        console.WriteLine($"Whole run: corridorsim run {settings.Scenario} as a child process, start-up to result folder, median of {settings.Runs} rounds");
        var cases = WholeRunBenchmark.Measure(program, settings.Scenario,
            [["--threads", "1"], ["--threads", "2"], ["--threads", "2", "--consignments", "none"]], settings.Runs, cancellation);
        var (one, two, none) = (cases[0], cases[1], cases[2]);
        console.WriteLine(string.Create(Invariant, $"  1 thread                          {one.MedianSeconds,6:F2} s"));
        console.WriteLine(string.Create(Invariant, $"  2 threads                         {two.MedianSeconds,6:F2} s  (2 threads / 1 thread, round by round: {two.MedianRatioTo(one):F2})"));
        console.WriteLine(string.Create(Invariant,
            $"  2 threads, --consignments none    {none.MedianSeconds,6:F2} s  (/ with the first replication's records: {none.MedianRatioTo(two):F2})"));
    }

    // Memory is watched on a scenario that carries its demand: on one that cannot, the backlog of waiting
    // consignments grows with the horizon by design, and would hide whether anything else does.
    private static void Memory(IAnsiConsole console, Corridor.Spec.CorridorSpec spec, double megatonnes, CancellationToken cancellation)
    {
        console.WriteLine(string.Create(Invariant, $"Memory at {megatonnes:0.#} Mt, no consignment records ({spec.Name})"));
        foreach (var years in new[] { 1, 10 })
        {
            cancellation.ThrowIfCancellationRequested();
            var t = CorridorBenchmark.Time(spec, megatonnes * 1e6, years, runs: 1, watchMemory: true);
            console.WriteLine(string.Create(Invariant,
                $"  {years,2} year(s)  {t.MedianSeconds,7:F2} s  {t.Events,11:N0} events  peak managed heap {t.PeakManagedBytes / 1048576.0,7:F1} MB  delivered {t.DeliveredTonnesPerYear / 1e6,5:F2} Mt/yr  in the system at the end {t.BacklogTonnes / 1e6,5:F2} Mt"));
        }
    }

    private static void Parallel(IAnsiConsole console, Corridor.Spec.CorridorSpec spec, BenchSettings settings, CancellationToken cancellation)
    {
        var m = ParallelScaling.Measure(spec, settings.Replications, rounds: settings.Runs, cancellation: cancellation);
        console.WriteLine(string.Create(Invariant,
            $"Replications: {m.Replications} of {spec.Name} (median of {m.Rounds} rounds, each timing 1 then 2 threads)\n  1 thread  {m.OneThread.TotalSeconds,7:F2} s\n  2 threads {m.TwoThreads.TotalSeconds,7:F2} s\n  speed-up  {m.Speedup,7:F2}x, rounds {m.RoundSpeedups.Min():F2}-{m.RoundSpeedups.Max():F2} (target >= 1.8 on 2 cores)  results identical: {m.ResultsIdentical}"));
    }
}
