using System.Text.Json;

namespace CorridorSim.Experiments.Batch;

/// <summary>
/// The marker <c>shard.json</c> of a finished shard: which program wrote it, for which plan, which shard
/// and how many work items it holds. Written last, so a shard folder with it is whole.
/// </summary>
public sealed record ShardMarker
{
    /// <summary>The value of <see cref="Format"/>: what marks a folder as a CorridorSim shard.</summary>
    public const string FormatName = "corridorsim-shard";

    /// <summary>The marker's file name inside the shard folder.</summary>
    public const string FileName = "shard.json";

    /// <summary>Marks the folder as a CorridorSim shard, naming the program.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The CorridorSim version that ran the shard.</summary>
    public required string ProgramVersion { get; init; }

    /// <summary>The <see cref="ExperimentPlan.PlanId"/> of the plan it belongs to.</summary>
    public required string PlanId { get; init; }

    /// <summary>The plan's scenario hash.</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>The shard's index in the plan.</summary>
    public required int Index { get; init; }

    /// <summary>Work items stored in the folder.</summary>
    public required int WorkItems { get; init; }

    /// <summary>When the shard finished.</summary>
    public required DateTimeOffset FinishedUtc { get; init; }

    /// <summary>True when this marks shard <paramref name="index"/> of <paramref name="plan"/>, complete.</summary>
    public bool Completes(ExperimentPlan plan, int index) =>
        Format == FormatName && PlanId == plan.PlanId && ScenarioHash == plan.ScenarioHash && Index == index
        && WorkItems == plan.Shards[index].Count;

    /// <summary>The marker in <paramref name="shardFolder"/>, or null when there is none or it cannot be read.</summary>
    public static ShardMarker? ReadFrom(string shardFolder)
    {
        try
        {
            return JsonSerializer.Deserialize<ShardMarker>(File.ReadAllText(Path.Combine(shardFolder, FileName)), BatchJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes this marker into <paramref name="shardFolder"/>.</summary>
    public void WriteTo(string shardFolder) =>
        File.WriteAllText(Path.Combine(shardFolder, FileName), JsonSerializer.Serialize(this, BatchJson.Options) + "\n");
}
