using System.Text.Json;
using System.Text.Json.Serialization;

namespace CorridorSim.Experiments.Batch;

/// <summary>
/// Writes a <see cref="WorkItem"/> as <c>[scenario, replication]</c>: a plan of 100,000 items stays a
/// few megabytes instead of a few hundred thousand lines.
/// </summary>
internal sealed class WorkItemJsonConverter : JsonConverter<WorkItem>
{
    public override WorkItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("a work item is [scenario, replication]");
        var pair = new int[2];
        for (var i = 0; i < 2; i++)
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out pair[i]) || pair[i] < 0)
            {
                throw new JsonException("a work item is [scenario, replication], two whole numbers ≥ 0");
            }
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a work item is [scenario, replication]");
        return new WorkItem(pair[0], pair[1]);
    }

    public override void Write(Utf8JsonWriter writer, WorkItem value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Scenario);
        writer.WriteNumberValue(value.Replication);
        writer.WriteEndArray();
    }
}
