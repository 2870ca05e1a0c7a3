using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// The core promise of <c>plan</c>, <c>shard</c> and <c>merge</c>: shards run as separate processes, in any
/// order, one of them killed hard and run again, merge into CSV files byte-identical to the local command's.
/// </summary>
public sealed class ShardedSweepTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(180);

    /// <summary>Two points of four replications: eight work items, dealt to three shards as 3, 3 and 2.</summary>
    private static readonly string[] SmallSweep =
    [
        "sweep", RepositoryPaths.Baseline, "--vary", "sea_services.aktau_alat_ferry.vessels=3,5",
        .. Corridorsim.Short(40, 3, 4), "--consignments", "first",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Sweep_ShardsShuffledOneKilledAndRerun_MergesToTheLocalSweepByteForByte()
    {
        // Given a small sweep planned into three shards, which runs nothing yet
        var plan = new PlanFolder(_temp.Combine("plan"));
        var planned = Corridorsim.Run(["plan", .. SmallSweep, "--shards", "3", "--out", plan.Path]);
        Assert.True(planned.ExitCode == 0, planned.ToString());
        Assert.Empty(plan.ShardEntries());

        // When the shards run as separate processes out of order — shard 2 by Kubernetes' index, shard 0 by
        // Slurm's (killed hard once it has stored a work item, then run again), shard 1 by --index — and shard 1 once more
        RunShard(plan, new() { ["JOB_COMPLETION_INDEX"] = "2" });
        KillMidway(plan, new() { ["SLURM_ARRAY_TASK_ID"] = "0" });
        Assert.False(Directory.Exists(plan.Shard(0)), "a shard killed mid-way must leave no shard folder");
        RunShard(plan, new(), "--index", "1");
        RunShard(plan, new() { ["SLURM_ARRAY_TASK_ID"] = "0" });
        var finished = File.GetLastWriteTimeUtc(Path.Combine(plan.Shard(1), "shard.json"));
        var again = RunShard(plan, new(), "--index", "1");
        Assert.Contains("already complete", again);
        Assert.Equal(finished, File.GetLastWriteTimeUtc(Path.Combine(plan.Shard(1), "shard.json")));
        var merged = Corridorsim.Run("merge", plan.Path, "--quiet");

        // Then the killed shard's temporary folder is gone, and every CSV file of the merge equals the local sweep's
        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(["0", "1", "2"], plan.ShardEntries());
        var local = _temp.Combine("local");
        var sweep = Corridorsim.Run([.. SmallSweep, "--out", local]);
        Assert.True(sweep.ExitCode == 0, sweep.ToString());
        var csv = FilesUnder(local, "*.csv");
        var parquet = FilesUnder(local, "*.parquet");
        Assert.Equal(csv, FilesUnder(plan.Result, "*.csv"));
        Assert.Equal(parquet, FilesUnder(plan.Result, "*.parquet"));
        Assert.Contains(Path.Combine("point-01", "stages.parquet"), parquet);
        ResultFiles.AssertIdentical(local, plan.Result, [.. csv, .. parquet, .. FilesUnder(local, "scenario.resolved.yaml")]);
        AssertHoldsEveryResultFile(plan.Result, Reporting.ResultCommand.Sweep);
        AssertHoldsEveryResultFile(Path.Combine(plan.Result, "point-01"), Reporting.ResultCommand.Run);
    }

    private static void AssertHoldsEveryResultFile(string folder, Reporting.ResultCommand command)
    {
        foreach (var file in Reporting.ResultFiles.WrittenBy(command, withConsignments: true))
        {
            var path = Path.Combine(folder, file.Name);
            Assert.True(file.IsFolder ? Directory.Exists(path) : File.Exists(path), $"the merge wrote no {path}");
        }
    }

    private string RunShard(PlanFolder plan, Dictionary<string, string> environment, params string[] options)
    {
        using var child = ChildCli.Start(_temp.Path, environment, ["shard", plan.PlanJson, "--quiet", .. options]);
        Assert.True(child.WaitForExit(Bound), $"shard did not end within {Bound.TotalSeconds} s:\n{child.Output}");
        Assert.True(child.ExitCode == 0, $"exit {child.ExitCode}\n{child.Output}");
        return child.Output;
    }

    private void KillMidway(PlanFolder plan, Dictionary<string, string> environment)
    {
        using var child = ChildCli.Start(_temp.Path, environment, "shard", plan.PlanJson, "--quiet");
        var stored = Poll.Until(() => child.HasExited || StoredInTemporaryShards(plan) > 0, Bound);
        Assert.False(child.HasExited, $"the shard ended before it could be killed mid-way:\n{child.Output}");
        Assert.True(stored, "the shard stored no work item in time");
        child.KillHard();
        Assert.True(child.WaitForExit(Bound), "the killed shard did not end");
    }

    private static int StoredInTemporaryShards(PlanFolder plan) =>
        plan.ShardEntries().Where(e => e.StartsWith(".tmp-", StringComparison.Ordinal) && !e.EndsWith(".lock", StringComparison.Ordinal))
            .Sum(e => Directory.Exists(Path.Combine(plan.Shards, e)) ? Directory.GetFiles(Path.Combine(plan.Shards, e), "*.json.gz").Length : 0);

    private static List<string> FilesUnder(string folder, string pattern) =>
        Directory.GetFiles(folder, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();
}
