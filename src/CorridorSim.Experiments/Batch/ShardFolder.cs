using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CorridorSim.Corridor.Results;

namespace CorridorSim.Experiments.Batch;

/// <summary>
/// Where a plan's shards are and what a finished one holds: <c>DIR/shards/K/</c> with one stored
/// replication per work item (<c>s00003-r00012.json.gz</c>) and the marker <c>shard.json</c>, written last.
/// </summary>
public static class ShardFolder
{
    /// <summary>The folder under the plan's folder that holds every shard's folder.</summary>
    public const string ShardsName = "shards";

    /// <summary>Shard <paramref name="index"/>'s folder under the plan folder <paramref name="planFolder"/>.</summary>
    public static string PathOf(string planFolder, int index) =>
        Path.Combine(planFolder, ShardsName, index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The file name that stores <paramref name="item"/>'s replication.</summary>
    internal static string ItemFileName(WorkItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"s{item.Scenario:D5}-r{item.Replication:D5}.json.gz");

    /// <summary>
    /// Stores one replication's full result (every KPI, facility row, daily snapshot, transit sample and
    /// record) so the merge can write exactly the files a local run writes from it.
    /// </summary>
    internal static void Store(string folder, WorkItem item, ReplicationResult result)
    {
        using var file = File.Create(Path.Combine(folder, ItemFileName(item)));
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        JsonSerializer.Serialize(zip, result, BatchJson.Compact);
    }

    /// <summary>Reads back what <see cref="Store"/> wrote.</summary>
    /// <exception cref="PlanFileException">The file is missing or damaged.</exception>
    internal static ReplicationResult Load(string folder, WorkItem item)
    {
        var path = Path.Combine(folder, ItemFileName(item));
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new GZipStream(file, CompressionMode.Decompress);
            return JsonSerializer.Deserialize<ReplicationResult>(zip, BatchJson.Compact)
                ?? throw new PlanFileException(path, "holds no replication; run the shard again");
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new PlanFileException(path, $"cannot be read ({e.Message}); delete the shard's folder and run the shard again");
        }
    }
}
