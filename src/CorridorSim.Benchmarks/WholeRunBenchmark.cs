using System.Diagnostics;

namespace CorridorSim.Benchmarks;

/// <summary>
/// Times a whole <c>corridorsim run</c> as a user waits for it: a child process from its start to its exit,
/// start-up, loading, the replications, the charts and every file of the result folder included.
/// </summary>
/// <remarks>
/// Implementation note: an in-process timing would reuse this process's compiled code and warm heap, and
/// so hide the start-up and just-in-time compilation that a fresh run pays, which is what this measures.
/// Each thread count is run in turn within a round (1, 2, 1, 2, …), so a machine whose speed drifts
/// affects both alike; the medians are reported.
/// </remarks>
public static class WholeRunBenchmark
{
    /// <summary>
    /// Runs <paramref name="program"/> <c>run SCENARIO --quiet --threads N --out DIR</c> for each thread count,
    /// <paramref name="runs"/> times each, and returns the median wall seconds per thread count.
    /// </summary>
    /// <param name="program">The words that start <c>corridorsim</c>: its executable, or <c>dotnet</c> and its dll.</param>
    /// <param name="scenario">The scenario file, as the child should read it (relative to this working folder).</param>
    /// <param name="threadCounts">The <c>--threads</c> values to time.</param>
    /// <param name="runs">Timed runs per thread count; one untimed run before them fills the file cache.</param>
    /// <param name="cancellation">Stops between runs.</param>
    /// <exception cref="InvalidOperationException">A run exited with a code other than 0.</exception>
    public static IReadOnlyList<(int Threads, double MedianSeconds)> Measure(
        IReadOnlyList<string> program, string scenario, IReadOnlyList<int> threadCounts, int runs, CancellationToken cancellation = default)
    {
        var folder = Directory.CreateTempSubdirectory("corridorsim-bench-run-").FullName;
        try
        {
            var seconds = threadCounts.Select(_ => new List<double>()).ToArray();
            RunOnce(program, scenario, threadCounts[0], Path.Combine(folder, "warm-up"));
            for (var run = 0; run < runs; run++)
            {
                for (var i = 0; i < threadCounts.Count; i++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    seconds[i].Add(RunOnce(program, scenario, threadCounts[i], Path.Combine(folder, $"run-{run}-{threadCounts[i]}")));
                }
            }

            return [.. threadCounts.Select((threads, i) => (threads, Median(seconds[i])))];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double RunOnce(IReadOnlyList<string> program, string scenario, int threads, string outFolder)
    {
        var start = new ProcessStartInfo(program[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var word in program.Skip(1)) start.ArgumentList.Add(word);
        foreach (var word in new[] { "run", scenario, "--quiet", "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", outFolder })
        {
            start.ArgumentList.Add(word);
        }

        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program[0]}");
        child.StandardInput.Close();
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        child.WaitForExit();
        var elapsed = watch.Elapsed.TotalSeconds;
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', start.ArgumentList.Prepend(program[0]))} exited with {child.ExitCode}: {errors.Result}{output.Result}");
        }

        Directory.Delete(outFolder, recursive: true);
        return elapsed;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
