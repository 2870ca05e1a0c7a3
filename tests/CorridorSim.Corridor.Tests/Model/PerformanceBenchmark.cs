using System.Diagnostics;
using CorridorSim.Corridor.Tests.Support;
using Xunit.Abstractions;

namespace CorridorSim.Corridor.Tests.Model;

/// <summary>
/// The model benchmark: one replication of one simulated year of the reference corridor at 2.5, 5, 10 and
/// 20 Mt, median of three runs each. Runs only with <c>CORRIDORSIM_PERF=1</c> (build in Release), because
/// speed is measured, never asserted, in the test suite.
/// </summary>
/// <remarks>
/// Wall time is what a user waits; the process CPU time is printed beside it because this machine's two
/// cores are shared, and under load the wall time says more about the neighbours than about the model.
/// </remarks>
public class PerformanceBenchmark(ITestOutputHelper output)
{
    [Fact]
    public void Benchmark_OneYearAtGrowingDemand_PrintsMedianWallTime()
    {
        if (Environment.GetEnvironmentVariable("CORRIDORSIM_PERF") != "1")
        {
            return;
        }

        // Warm-up: a full year once, so that every method is compiled at its final tier before timing.
        Harness.RunSpec(ReferenceCorridor.Build(totalTonnes: 2.5e6, warmupDays: 0));
        foreach (var tonnes in new[] { 2.5e6, 5e6, 10e6, 20e6 })
        {
            var spec = ReferenceCorridor.Build(totalTonnes: tonnes, warmupDays: 0);
            var times = new List<double>();
            var cpu = new List<double>();
            Corridor.Results.ReplicationResult? result = null;
            for (var i = 0; i < 3; i++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                result = CorridorModel.RunReplication(spec, i, new RunOptions());
                times.Add(watch.Elapsed.TotalSeconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            }

            times.Sort();
            cpu.Sort();
            var r = result!;
            output.WriteLine(
                $"{tonnes / 1e6,5:0.0} Mt: median {times[1]:0.000} s [{times[0]:0.000}–{times[2]:0.000}], CPU {cpu[1]:0.000} s, " +
                $"{r.EventsProcessed:N0} events, delivered {r.Kpis[1].Value / 1e6:0.00} Mt/yr, share {r.Kpis[2].Value:0.000}, p50 {r.Kpis[4].Value:0.0} d, " +
                $"backlog {r.Kpis[6].Value / 1e3:0} kt");
        }
    }
}
