using CorridorSim.Scenarios.Checks;
using CorridorSim.Scenarios.Files;
using CorridorSim.Scenarios.Mapping;
using CorridorSim.Scenarios.Overrides;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios;

/// <summary>
/// Loads a scenario file into a validated <see cref="Corridor.Spec.CorridorSpec"/>: reads it (and the files it
/// <c>extends</c>), applies <c>--set</c> overrides, maps every key and checks every reference, and reports all
/// problems at once with file, line, column and key path.
/// </summary>
/// <remarks>
/// Bad input never throws: it comes back as <see cref="ScenarioLoadResult.Errors"/>. An exception out of here
/// is a bug in the loader and is left to surface as one, except <see cref="OperationCanceledException"/> when the
/// cancellation token fires (Ctrl+C or SIGTERM while a large file loads).
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>Loads the scenario file at <paramref name="path"/> with its <c>extends</c> chain and <c>--set</c> overrides.</summary>
    /// <param name="path">The scenario file as the user named it.</param>
    /// <param name="setOverrides"><c>key.path=value</c> texts applied after <c>extends</c>.</param>
    /// <param name="access">The folders an <c>extends</c> may reach besides the scenario's own; <see cref="ScenarioAccess.Default"/> when null.</param>
    /// <param name="cancellation">Stops the load between steps and every few thousand YAML events.</param>
    public static ScenarioLoadResult Load(string path, IReadOnlyList<string>? setOverrides = null, ScenarioAccess? access = null,
        CancellationToken cancellation = default)
    {
        var bag = new DiagnosticBag();
        var resolver = new ExtendsResolver(bag, access ?? ScenarioAccess.Default, cancellation);
        var document = resolver.ResolveFile(path);
        return Build(document, DefaultName(path), resolver.Sources, bag, ScenarioOverrides.Parse(setOverrides ?? []), cancellation);
    }

    /// <summary>
    /// Loads scenario text as if it were the file <paramref name="virtualPath"/>: messages name that path and an
    /// <c>extends</c> is read relative to it, from disk. For tests, fuzzing and text that never was a file.
    /// </summary>
    public static ScenarioLoadResult LoadFromString(string yaml, string virtualPath, IReadOnlyList<string>? setOverrides = null,
        ScenarioAccess? access = null, CancellationToken cancellation = default)
    {
        var bag = new DiagnosticBag();
        var resolver = new ExtendsResolver(bag, access ?? ScenarioAccess.Default, cancellation);
        ScenarioMapping? document = null;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(yaml);
        if (bytes > ScenarioLimits.MaxFileBytes)
            bag.Error(SourceLocation.FileOnly(virtualPath), "", $"is {bytes / 1048576.0:0.0} MB; scenario files are limited to {ScenarioLimits.MaxFileBytes / 1048576} MB",
                $"{bytes} bytes", $"at most {ScenarioLimits.MaxFileBytes} bytes");
        else
            document = resolver.ResolveText(yaml, virtualPath);
        return Build(document, DefaultName(virtualPath), resolver.Sources.Count > 0 ? resolver.Sources : [virtualPath], bag,
            ScenarioOverrides.Parse(setOverrides ?? []), cancellation);
    }

    internal static ScenarioLoadResult Build(ScenarioMapping? document, string defaultName, IReadOnlyList<string> sources,
        DiagnosticBag bag, IEnumerable<ScenarioOverride> overrides, CancellationToken cancellation = default)
    {
        if (document is not null)
            foreach (var change in overrides) document = OverrideApplier.Apply(document, change, bag);
        var documentErrors = bag.Errors.ToList();

        Corridor.Spec.CorridorSpec? spec = null;
        if (document is not null)
        {
            cancellation.ThrowIfCancellationRequested();
            var context = new MapContext(bag);
            spec = SpecMapper.Map(document, defaultName, context);
            cancellation.ThrowIfCancellationRequested();
            // A warm-up not shorter than the horizon is the model checks' to report; this is the window of almost nothing.
            if (!bag.HasErrors && spec.WarmupDays < spec.HorizonDays && (spec.HorizonDays - spec.WarmupDays) * 24.0 < ScenarioLimits.MinWindowHours)
                bag.Error(context.Locate("horizon_days"), "horizon_days",
                    $"leaves a measurement window (horizon_days − warmup_days) shorter than {ScenarioLimits.MinWindowHours} hour; every KPI is a rate over that window",
                    spec.HorizonDays.ToString("R", System.Globalization.CultureInfo.InvariantCulture), $"a horizon at least {ScenarioLimits.MinWindowHours} hour longer than the warm-up");

            // The model checks what the mapping could not see alone; the loader only places its findings.
            Report(ModelChecks.Check(spec, context.IsChecked, whole: !bag.HasErrors), context, bag);
            cancellation.ThrowIfCancellationRequested();
        }

        if (bag.HasErrors) spec = null;
        var errors = bag.Errors.ToList();
        if (bag.Dropped > 0)
            errors.Add(new ScenarioDiagnostic(sources.Count > 0 ? sources[0] : "", 0, 0, "", $"… and {bag.Dropped} more errors, not listed", null, null));
        return new ScenarioLoadResult(spec, errors, bag.Warnings.ToList(), spec is null ? "" : ScenarioWriter.Write(spec), sources.ToList())
        {
            Document = document,
            DocumentErrors = documentErrors,
            DefaultName = defaultName,
        };
    }

    private static void Report(IEnumerable<Corridor.Validation.SpecProblem> problems, MapContext context, DiagnosticBag bag)
    {
        foreach (var problem in problems)
        {
            var at = context.Locate(problem.Path);
            if (problem.IsWarning) bag.Warning(at, problem.Path, problem.Message, problem.BadValue, problem.Allowed);
            else bag.Error(at, problem.Path, problem.Message, problem.BadValue, problem.Allowed);
        }
    }

    /// <summary>The file name without its extension, made into a usable scenario name.</summary>
    private static string DefaultName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var name = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_').Take(100).ToArray());
        return name.Length > 0 && char.IsAsciiLetterOrDigit(name[0]) ? name : "scenario";
    }
}
