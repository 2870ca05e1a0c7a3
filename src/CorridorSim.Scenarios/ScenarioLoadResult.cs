using CorridorSim.Corridor.Spec;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios;

/// <summary>
/// What loading a scenario produced: the validated spec, or the errors that kept it from being built, and
/// the warnings either way.
/// </summary>
/// <param name="Spec">The corridor to simulate; null exactly when <see cref="Errors"/> is not empty.</param>
/// <param name="Errors">Every error found, in file order within each stage (reading, extends, --set, keys, references).</param>
/// <param name="Warnings">Things that load but are probably not what was meant (an ignored key, an unused setting).</param>
/// <param name="ResolvedYaml">
/// The scenario after <c>extends</c> and <c>--set</c>, every default written out, as YAML that loads to an
/// equal spec; empty when there are errors. The command line saves it as <c>scenario.resolved.yaml</c>.
/// </param>
/// <param name="SourceFiles">The files read, the named file first and then each file it extends.</param>
public sealed record ScenarioLoadResult(
    CorridorSpec? Spec,
    IReadOnlyList<ScenarioDiagnostic> Errors,
    IReadOnlyList<ScenarioDiagnostic> Warnings,
    string ResolvedYaml,
    IReadOnlyList<string> SourceFiles)
{
    /// <summary>True when the scenario is valid and <see cref="Spec"/> can be run.</summary>
    public bool Succeeded => Spec is not null;

    /// <summary>
    /// The merged document with its overrides applied, kept so that further overrides (a sweep point) can be
    /// applied without reading the files again; null when the files could not be read or parsed.
    /// </summary>
    internal ScenarioMapping? Document { get; init; }

    /// <summary>Errors from reading, <c>extends</c> and <c>--set</c>, which a later re-mapping of <see cref="Document"/> must keep.</summary>
    internal IReadOnlyList<ScenarioDiagnostic> DocumentErrors { get; init; } = [];

    /// <summary>The name used when the document has no <c>name</c> key: the file name without <c>.yaml</c>.</summary>
    internal string DefaultName { get; init; } = "";
}
