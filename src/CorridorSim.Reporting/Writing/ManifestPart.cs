using System.Text.Json.Serialization;

namespace CorridorSim.Reporting.Writing;

/// <summary>One sub-folder of a comparison or sweep, as its parent's <c>manifest.json</c> lists it.</summary>
/// <param name="Folder">The sub-folder's name.</param>
/// <param name="Scenario">The scenario run there.</param>
/// <param name="ScenarioSha256">SHA-256 of the sub-folder's <c>scenario.resolved.yaml</c>.</param>
public sealed record ManifestPart(
    [property: JsonPropertyName("folder")] string Folder,
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("scenario_sha256")] string ScenarioSha256);
