using System.Text.Json;
using System.Text.Json.Serialization;

namespace CorridorSim.Experiments.Batch;

/// <summary>
/// How plans, shard markers and stored replications are written as JSON: snake_case keys, enums as
/// snake_case words, work items as <c>[scenario, replication]</c> pairs, and every double exactly
/// (the shortest text that reads back to the same bits, NaN and infinities by name).
/// </summary>
internal static class BatchJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>The same, without indentation: for stored replications, which nobody reads by eye.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = indented,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false), new WorkItemJsonConverter() },
    };
}
