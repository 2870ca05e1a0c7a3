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
    /// Runs <paramref name="program"/> <c>run SCENARIO --quiet --out DIR</c> with each case's options, the
    /// cases in turn within each of <paramref name="runs"/> rounds, and returns every case's wall seconds round
    /// by round.
    /// </summary>
    /// <param name="program">The words that start <c>corridorsim</c>: its executable, or <c>dotnet</c> and its dll.</param>
    /// <param name="scenario">The scenario file, as the child should read it (relative to this working folder).</param>
    /// <param name="cases">The options that tell the timed runs apart, e.g. <c>--threads 2</c>.</param>
    /// <param name="runs">Timed rounds; one untimed run of the first case before them fills the file cache.</param>
    /// <param name="cancellation">Stops between runs.</param>
    /// <exception cref="InvalidOperationException">A run exited with a code other than 0.</exception>
    public static IReadOnlyList<WholeRunCase> Measure(
        IReadOnlyList<string> program, string scenario, IReadOnlyList<IReadOnlyList<string>> cases, int runs, CancellationToken cancellation = default)
    {
        var folder = Directory.CreateTempSubdirectory("corridorsim-bench-run-").FullName;
        try
        {
            var seconds = cases.Select(_ => new List<double>()).ToArray();
            RunOnce(program, scenario, cases[0], Path.Combine(folder, "warm-up"));
            for (var run = 0; run < runs; run++)
            {
                for (var i = 0; i < cases.Count; i++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    seconds[i].Add(RunOnce(program, scenario, cases[i], Path.Combine(folder, $"run-{run}-{i}")));
                }
            }

            return [.. cases.Select((options, i) => new WholeRunCase(options, seconds[i]))];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double RunOnce(IReadOnlyList<string> program, string scenario, IReadOnlyList<string> options, string outFolder)
    {
        var start = new ProcessStartInfo(program[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var word in program.Skip(1)) start.ArgumentList.Add(word);
        foreach (var word in new[] { "run", scenario, "--quiet" }.Concat(options).Concat(["--out", outFolder]))
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

}
