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
/// is a bug in the loader and is left to surface as one.
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>Reads, resolves (<c>extends</c>, <c>--set</c>), maps and validates the scenario at <paramref name="path"/>; every problem is a diagnostic with file, line and key path, never an exception.</summary>
    public static ScenarioLoadResult Load(string path, IReadOnlyList<string>? setOverrides = null)
    {
        var bag = new DiagnosticBag();
        var resolver = new ExtendsResolver(bag);
        var document = resolver.ResolveFile(path);
        return Build(document, DefaultName(path), resolver.Sources, bag, ScenarioOverrides.Parse(setOverrides ?? []));
    }

    /// <summary>
    /// Loads scenario text as if it were the file <paramref name="virtualPath"/>: messages name that path and an
    /// <c>extends</c> is read relative to it, from disk. For tests, fuzzing and text that never was a file.
    /// </summary>
    public static ScenarioLoadResult LoadFromString(string yaml, string virtualPath, IReadOnlyList<string>? setOverrides = null)
    {
        var bag = new DiagnosticBag();
        var resolver = new ExtendsResolver(bag);
        ScenarioMapping? document = null;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(yaml);
        if (bytes > ScenarioLimits.MaxFileBytes)
            bag.Error(SourceLocation.FileOnly(virtualPath), "", $"is {bytes / 1048576.0:0.0} MB; scenario files are limited to {ScenarioLimits.MaxFileBytes / 1048576} MB",
                $"{bytes} bytes", $"at most {ScenarioLimits.MaxFileBytes} bytes");
        else
            document = resolver.ResolveText(yaml, virtualPath);
        return Build(document, DefaultName(virtualPath), resolver.Sources.Count > 0 ? resolver.Sources : [virtualPath], bag,
            ScenarioOverrides.Parse(setOverrides ?? []));
    }

    internal static ScenarioLoadResult Build(ScenarioMapping? document, string defaultName, IReadOnlyList<string> sources,
        DiagnosticBag bag, IEnumerable<ScenarioOverride> overrides)
    {
        if (document is not null)
            foreach (var change in overrides) document = OverrideApplier.Apply(document, change, bag);
        var documentErrors = bag.Errors.ToList();

        Corridor.Spec.CorridorSpec? spec = null;
        if (document is not null)
        {
            var context = new MapContext(bag);
            spec = SpecMapper.Map(document, defaultName, context);
            // The model checks what the mapping could not see alone; the loader only places its findings.
            Report(ModelChecks.Check(spec, context.IsChecked, whole: !bag.HasErrors), context, bag);
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
