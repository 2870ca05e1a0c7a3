using System.Diagnostics;
using CorridorSim.Corridor;
using CorridorSim.Scenarios;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// Judges one fuzzed scenario file: either it loads with no errors, its resolved YAML loads back to itself,
/// and a short run of it completes within <see cref="RunTimeBound"/> with a balancing ledger, or it is rejected with errors that keep
/// <see cref="DiagnosticRule"/>. Anything else, an exception above all, is a failure.
/// </summary>
internal static class ScenarioOracle
{
    /// <summary>Longest a short run may take before it counts as hung; generous, because the cores are shared.</summary>
    public static readonly TimeSpan RunTimeBound = TimeSpan.FromSeconds(20);

    public static LoadVerdict Judge(string path, int horizonDays, int warmupDays) =>
        Judge(() => ScenarioLoader.Load(path), horizonDays, warmupDays);

    /// <summary>Judges what <paramref name="load"/> returns (a file, or text loaded as if it were one).</summary>
    public static LoadVerdict Judge(Func<ScenarioLoadResult> load, int horizonDays, int warmupDays)
    {
        ScenarioLoadResult result;
        try
        {
            result = load();
        }
        catch (Exception ex)
        {
            throw new FuzzFailure($"the loader threw {ex.GetType().Name}: {ex}");
        }

        var files = result.SourceFiles;
        foreach (var warning in result.Warnings)
        {
            if (DiagnosticRule.WarningViolation(warning, files) is { } why)
                throw new FuzzFailure($"warning '{warning}' breaks the rule: {why}");
        }

        if (!result.Succeeded)
        {
            if (result.Errors.Count == 0) throw new FuzzFailure("no spec and no error");
            foreach (var error in result.Errors)
            {
                if (DiagnosticRule.Violation(error, files) is { } why)
                    throw new FuzzFailure($"error '{error}' (line {error.Line}, key path '{error.KeyPath}') breaks the rule: {why}");
                _ = error.ToString();
            }

            return LoadVerdict.Rejected;
        }

        if (result.Errors.Count > 0) throw new FuzzFailure($"a spec and {result.Errors.Count} errors: {result.Errors[0]}");
        ResolvedYamlReloads(result);
        RunShort(result, horizonDays, warmupDays);
        return LoadVerdict.LoadedAndRan;
    }

    /// <summary>
    /// The resolved YAML (what a run saves as <c>scenario.resolved.yaml</c> to be re-run) loads without errors
    /// and resolves to itself, so any input that loads can be reproduced from what the run saved.
    /// </summary>
    private static void ResolvedYamlReloads(ScenarioLoadResult result)
    {
        ScenarioLoadResult again;
        try
        {
            again = ScenarioLoader.LoadFromString(result.ResolvedYaml, "scenario.resolved.yaml");
        }
        catch (Exception ex)
        {
            throw new FuzzFailure($"the loader threw on the resolved YAML: {ex}");
        }

        if (!again.Succeeded)
            throw new FuzzFailure($"the resolved YAML does not load: {again.Errors[0]}\n--- resolved ---\n{result.ResolvedYaml}");
        if (again.ResolvedYaml != result.ResolvedYaml)
        {
            var first = result.ResolvedYaml.Split('\n');
            var second = again.ResolvedYaml.Split('\n');
            var line = Enumerable.Range(0, Math.Min(first.Length, second.Length)).FirstOrDefault(i => first[i] != second[i]);
            throw new FuzzFailure($"the resolved YAML resolves to something else, from line {line + 1}: '{first.ElementAtOrDefault(line)}' became '{second.ElementAtOrDefault(line)}'");
        }
    }

    private static void RunShort(ScenarioLoadResult result, int horizonDays, int warmupDays)
    {
        var spec = result.Spec! with { HorizonDays = horizonDays, WarmupDays = warmupDays };
        using var timeout = new CancellationTokenSource(RunTimeBound);
        var clock = Stopwatch.StartNew();
        try
        {
            var run = CorridorModel.RunReplication(spec, 0, new RunOptions(RecordConsignments: false, timeout.Token));
            if (!run.Ledger.Balances)
                throw new FuzzFailure($"the ledger does not balance: imbalance {run.Ledger.Imbalance} t of {run.Ledger.GeneratedTonnes} t generated");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new FuzzFailure($"a {horizonDays}-day run took over {RunTimeBound.TotalSeconds:0} s (stopped after {clock.Elapsed.TotalSeconds:0.0} s)");
        }
        catch (Exception ex) when (ex is not FuzzFailure)
        {
            throw new FuzzFailure($"the loaded scenario threw in the model: {ex}");
        }
    }
}
