using System.Text.Json.Serialization;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The <c>manifest.json</c> of a result folder: what was run, with which seed, replications and threads,
/// by which version and command, and when — enough, with <c>scenario.resolved.yaml</c>, to reproduce it.
/// </summary>
/// <param name="Scenario">The scenario's name; for a comparison the names joined by <c>, </c>.</param>
/// <param name="ScenarioSha256">SHA-256 (lower-case hex) of the UTF-8 bytes of <c>scenario.resolved.yaml</c>; for a comparison or sweep, of the parts' resolved texts one after another.</param>
/// <param name="StartedUtc">ISO 8601 UTC, e.g. <c>2025-03-01T09:30:00Z</c>.</param>
/// <param name="Parts">The sub-folders of a comparison or sweep, each with its own scenario and hash; absent for a single run.</param>
/// <param name="Consignments">The <c>--consignments</c> mode (<c>none</c>, <c>first</c>, <c>all</c>): which replications have per-consignment files.</param>
public sealed record RunManifest(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("scenario_sha256")] string ScenarioSha256,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("replications")] int Replications,
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("program_version")] string ProgramVersion,
    [property: JsonPropertyName("command_line")] string CommandLine,
    [property: JsonPropertyName("started_utc")] string StartedUtc,
    [property: JsonPropertyName("parts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ManifestPart>? Parts = null,
    [property: JsonPropertyName("consignments")] string Consignments = "first");
