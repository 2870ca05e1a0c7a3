using System.Text.Json.Nodes;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>A plan folder written by <c>corridorsim plan</c>, and the paths inside it a test looks at.</summary>
public sealed record PlanFolder(string Path)
{
    /// <summary>The plan file, <c>plan.json</c>.</summary>
    public string PlanJson => System.IO.Path.Combine(Path, "plan.json");

    /// <summary>The folder of every shard's folder.</summary>
    public string Shards => System.IO.Path.Combine(Path, "shards");

    /// <summary>Shard <paramref name="index"/>'s folder.</summary>
    public string Shard(int index) => System.IO.Path.Combine(Shards, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Where <c>merge</c> writes by default.</summary>
    public string Result => System.IO.Path.Combine(Path, "result");

    /// <summary>Rewrites one top-level value of <c>plan.json</c>, as a careless edit or another program version would.</summary>
    public void Edit(string key, JsonNode value)
    {
        var plan = JsonNode.Parse(File.ReadAllText(PlanJson))!.AsObject();
        plan[key] = value;
        File.WriteAllText(PlanJson, plan.ToJsonString());
    }

    /// <summary>Every entry under <see cref="Shards"/>, temporary ones included.</summary>
    public IReadOnlyList<string> ShardEntries() =>
        Directory.Exists(Shards)
            ? Directory.GetFileSystemEntries(Shards).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
}
