using System.Diagnostics;
using CorridorSim.Corridor.Tests.Support;
using Xunit.Abstractions;

namespace CorridorSim.Corridor.Tests.Model;

/// <summary>
/// The model benchmark: one replication of one simulated year of the reference corridor at 2.5, 5, 10 and
/// 20 Mt, median of three runs each. Runs only with <c>CORRIDORSIM_PERF=1</c> (build in Release), because
/// speed is measured, never asserted, in the test suite.
/// </summary>
public class PerformanceBenchmark(ITestOutputHelper output)
{
    [Fact]
    public void Benchmark_OneYearAtGrowingDemand_PrintsMedianWallTime()
    {
        if (Environment.GetEnvironmentVariable("CORRIDORSIM_PERF") != "1")
        {
            return;
        }

        Harness.RunSpec(ReferenceCorridor.Build(horizonDays: 60));
        foreach (var tonnes in new[] { 2.5e6, 5e6, 10e6, 20e6 })
        {
            var spec = ReferenceCorridor.Build(totalTonnes: tonnes, warmupDays: 0);
            var times = new List<double>();
            Corridor.Results.ReplicationResult? result = null;
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                result = CorridorModel.RunReplication(spec, i, new RunOptions());
                times.Add(watch.Elapsed.TotalSeconds);
            }

            times.Sort();
            var r = result!;
            output.WriteLine(
                $"{tonnes / 1e6,5:0.0} Mt: median {times[1]:0.000} s [{times[0]:0.000}–{times[2]:0.000}], " +
                $"{r.EventsProcessed:N0} events, delivered {r.Kpis[1].Value / 1e6:0.00} Mt/yr, share {r.Kpis[2].Value:0.000}, p50 {r.Kpis[4].Value:0.0} d, " +
                $"backlog {r.Kpis[6].Value / 1e3:0} kt");
        }
    }
}
