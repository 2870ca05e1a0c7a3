using CorridorSim.Cli.Tests.Given;
using CorridorSim.Reporting.Folders;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18 with issue 16's batch commands: plan, shard and merged result folders carry the same marker as every
/// result folder, so <c>--force</c> replaces a plan only when CorridorSim wrote it.
/// </summary>
public sealed class PlanFolderMarkerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PlanShardAndMerge_EachFolderCarriesTheMarker()
    {
        // Given a plan of one shard, run and merged
        var plan = new PlanFolder(_temp.Combine("plan"));
        string[] experiment = ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(3, 0, 1), "--consignments", "none"];
        Assert.Equal(0, Corridorsim.Run(["plan", .. experiment, "--shards", "1", "--out", plan.Path]).ExitCode);
        Assert.Equal(0, Corridorsim.Run("shard", plan.PlanJson, "--index", "0", "--quiet").ExitCode);
        var merged = Corridorsim.Run("merge", plan.Path, "--quiet");
        Assert.True(merged.ExitCode == 0, merged.ToString());

        // Then the plan, its shard and the merged result are all marked as CorridorSim's
        Assert.True(ResultFolder.IsMarked(plan.Path));
        Assert.True(ResultFolder.IsMarked(plan.Shard(0)));
        Assert.True(ResultFolder.IsMarked(plan.Result));
    }

    [Fact]
    public void Plan_ForceOnAFolderCorridorSimDidNotWrite_Exits2AndKeepsIt()
    {
        Directory.CreateDirectory(_temp.Combine("mine"));
        File.WriteAllText(_temp.Combine("mine", "keep.txt"), "keep me");

        var result = Corridorsim.Run(["plan", "run", RepositoryPaths.Baseline, .. Corridorsim.Short(3, 0, 1), "--shards", "1", "--out", _temp.Combine("mine"), "--force"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("keep me", File.ReadAllText(_temp.Combine("mine", "keep.txt")));
    }
}
