using System.Diagnostics;
using System.Globalization;
using System.Text;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Scenarios;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// The <c>facilities</c> part of <c>corridorsim bench</c>: a scenario with 50,000 origins no flow uses, validated, run
/// for 30 days (one replication) and written as a result folder, to show the cost is linear in the facility count.
/// </summary>
internal static class FacilityScaleBenchmark
{
    /// <summary>The unused origins added to the scenario.</summary>
    public const int UnusedOrigins = 50_000;

    /// <summary>Times the three steps <paramref name="runs"/> times and returns the line <c>bench</c> prints (medians).</summary>
    public static string Measure(string scenarioPath, int runs, CancellationToken cancellation)
    {
        var folder = Directory.CreateTempSubdirectory("corridorsim-bench-facilities-").FullName;
        try
        {
            var wide = Path.Combine(folder, "wide.yaml");
            File.WriteAllText(wide, WithUnusedOrigins(File.ReadAllText(scenarioPath), UnusedOrigins));
            var load = new List<double>();
            var run = new List<double>();
            var write = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                var loaded = ScenarioLoader.Load(wide, ["horizon_days=30", "warmup_days=0", "replications=1"], cancellation: cancellation);
                if (!loaded.Succeeded) throw new InvalidInputException($"{scenarioPath}: with {UnusedOrigins:N0} unused origins it does not load: {loaded.Errors[0]}");
                load.Add(clock.Elapsed.TotalSeconds);

                clock.Restart();
                var result = new ExperimentRunner().Run(loaded.Spec!, new ExperimentOptions(Threads: 1, Consignments: ConsignmentRecording.None), cancellation: cancellation);
                run.Add(clock.Elapsed.TotalSeconds);

                clock.Restart();
                var context = new RunContext("corridorsim bench --only facilities", loaded.Spec!.Seed, 1, 1, ProgramInfo.Version, DateTimeOffset.UnixEpoch, ConsignmentRecording.None);
                RunReport.Write(Path.Combine(folder, $"out-{i}"), new ScenarioRun(loaded.Spec.Name, loaded.ResolvedYaml, result), context, cancellation);
                write.Add(clock.Elapsed.TotalSeconds);
            }

            var total = load.Zip(run, write).Select(t => t.First + t.Second + t.Third).ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"Facilities: {Path.GetFileName(scenarioPath)} with {UnusedOrigins:N0} unused origins, 30 days, 1 replication (median of {runs})\n  validate {Median(load),6:F2} s  run {Median(run),6:F2} s  write {Median(write),6:F2} s  total {Median(total),6:F2} s (target < 10 s)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The scenario text with <paramref name="count"/> origins no flow uses added to its <c>origins:</c> list.</summary>
    internal static string WithUnusedOrigins(string scenario, int count)
    {
        var at = scenario.IndexOf("\norigins:\n", StringComparison.Ordinal);
        if (at < 0) throw new InvalidInputException("the facilities benchmark needs a scenario with a block list under origins:");
        var origins = new StringBuilder(count * 24);
        for (var i = 0; i < count; i++) origins.Append(CultureInfo.InvariantCulture, $"  - name: bench_unused_{i:D6}\n");
        var insertAt = at + "\norigins:\n".Length;
        return scenario[..insertAt] + origins + scenario[insertAt..];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
