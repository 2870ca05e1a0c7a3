using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorridorSim.Cli.Tests.Given;
using YamlDotNet.RepresentationModel;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// <c>plan</c>, <c>shard</c> and <c>merge</c> run in this process: the files a plan writes, the refusals that
/// keep a merge from mixing versions, plans or missing shards, and compare and run plans merging like sweeps.
/// </summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] Run(int replications) => ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(6, 1, replications), "--consignments", "none"];

    [Fact]
    public void Plan_KubernetesManifest_IsAnIndexedJobWhoseCommandRunsShardOnThePlan()
    {
        // Given a run of five replications planned into three shards
        var plan = Plan(Run(5), "--shards", "3");

        // When its k8s-job.yaml is read as YAML
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(plan.Path, "k8s-job.yaml"))) yaml.Load(reader);
        var job = (YamlMappingNode)yaml.Documents.Single().RootNode;

        // Then it is an Indexed Job of three completions whose one container runs "shard" on the plan from the shared volume
        Assert.Equal("batch/v1", Scalar(job, "apiVersion"));
        Assert.Equal("Job", Scalar(job, "kind"));
        var spec = Map(job, "spec");
        Assert.Equal("Indexed", Scalar(spec, "completionMode"));
        Assert.Equal("3", Scalar(spec, "completions"));
        Assert.Equal("3", Scalar(spec, "parallelism"));
        var pod = Map(Map(spec, "template"), "spec");
        Assert.Equal("Never", Scalar(pod, "restartPolicy"));
        var container = (YamlMappingNode)((YamlSequenceNode)pod.Children[new YamlScalarNode("containers")]).Single();
        var command = ((YamlSequenceNode)container.Children[new YamlScalarNode("command")]).Select(n => ((YamlScalarNode)n).Value).ToList();
        Assert.Equal(["/opt/corridorsim/corridorsim", "shard", plan.PlanJson, "--quiet"], command);
        var mount = (YamlMappingNode)((YamlSequenceNode)container.Children[new YamlScalarNode("volumeMounts")]).Single();
        Assert.Equal(plan.Path, Scalar(mount, "mountPath"));
        Assert.Contains("persistentVolumeClaim", ((YamlMappingNode)((YamlSequenceNode)pod.Children[new YamlScalarNode("volumes")]).Single()).Children.Keys.Select(k => k.ToString()));
    }

    [Fact]
    public void Plan_SlurmScript_IsAnArrayWithTaskLogsTimeLimitAndAnAfterokMergeOnTheGivenExecutable()
    {
        // Given a run of four replications planned into two shards at 60 s a work item, two threads each
        var plan = Plan(Run(4), "--shards", "2", "--time-per-item", "60", "--threads", "2", "--exe", "/opt/cs/corridorsim");

        // When its slurm.sbatch is read
        var script = File.ReadAllText(Path.Combine(plan.Path, "slurm.sbatch"));

        // Then it is an array of two tasks with per-task logs, two CPUs each and the limit ceil(2 items / 2 threads) × 60 s × 2 + 5 min,
        // each task runs the shard on the given executable, and a merge job waits for the whole array to succeed
        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Contains("#SBATCH --array=0-1\n", script);
        Assert.Contains("#SBATCH --cpus-per-task=2\n", script);
        Assert.Contains("#SBATCH --time=0-00:07:00\n", script);
        Assert.Contains($"#SBATCH --output={plan.Path}/logs/shard-%a.out\n", script);
        Assert.Contains($"exec '/opt/cs/corridorsim' shard '{plan.PlanJson}' --quiet\n", script);
        Assert.Contains("--dependency=afterok:\"${SLURM_ARRAY_JOB_ID}\"", script);
        Assert.Contains($"exec '/opt/cs/corridorsim' merge '{plan.Path}' --quiet\n", script);
        Assert.DoesNotContain("dotnet run", script);
        Assert.True(Directory.Exists(Path.Combine(plan.Path, "logs")), "Slurm does not create the log folder; the plan must");
    }

    [Fact]
    public void Plan_Json_RecordsVersionScenarioHashAndEveryWorkItemOnce()
    {
        // Given a run of five replications planned into two shards
        var plan = Plan(Run(5), "--shards", "2");

        // When plan.json is read
        using var json = JsonDocument.Parse(File.ReadAllBytes(plan.PlanJson));
        var root = json.RootElement;

        // Then it names the program and its version, hashes its scenario, and deals the five items in turn
        Assert.Equal("corridorsim-plan", root.GetProperty("format").GetString());
        Assert.Equal(ProgramInfo.Version, root.GetProperty("program_version").GetString());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("scenario_hash").GetString());
        Assert.Equal(5, root.GetProperty("work_item_count").GetInt32());
        var shards = root.GetProperty("shards").EnumerateArray()
            .Select(s => s.EnumerateArray().Select(i => (i[0].GetInt32(), i[1].GetInt32())).ToList()).ToList();
        Assert.Equal([[(0, 0), (0, 2), (0, 4)], [(0, 1), (0, 3)]], shards);
    }

    [Fact]
    public void Plan_Calibrate_TimesOneWorkItemInsteadOfTheDefault()
    {
        var plan = Plan(Run(2), "--shards", "1", "--calibrate");

        using var json = JsonDocument.Parse(File.ReadAllBytes(plan.PlanJson));
        Assert.True(json.RootElement.GetProperty("calibrated").GetBoolean());
        Assert.NotEqual(300, json.RootElement.GetProperty("time_per_item_seconds").GetDouble());
    }

    [Theory]
    [InlineData("--shards", "3", "more shards than the 2 work items")]
    [InlineData("--shards", "0", "--shards N is required")]
    [InlineData("--time-per-item", "-1", "--time-per-item must be a number of seconds > 0")]
    public void Plan_BadPlanOption_IsInvalidInputAndWritesNothing(string option, string value, string message)
    {
        var folder = _temp.Combine("plan");
        string[] shards = option == "--shards" ? [] : ["--shards", "1"];

        var result = Corridorsim.Run(["plan", .. Run(2), .. shards, option, value, "--out", folder]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Output);
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Plan_WithoutOut_IsInvalidInput()
    {
        var result = Corridorsim.Run(["plan", .. Run(2), "--shards", "1"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--out DIR is required", result.Output);
    }

    [Fact]
    public void Shard_PlanOfAnotherVersion_RefusesNamingBothVersions()
    {
        // Given a plan that another CorridorSim version wrote
        var plan = Plan(Run(2), "--shards", "1");
        plan.Edit("program_version", "0.0.9");

        // When its shard runs
        var result = Corridorsim.Run("shard", plan.PlanJson, "--index", "0", "--quiet");

        // Then it refuses with both versions and runs nothing
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{plan.PlanJson}: written by CorridorSim 0.0.9, but this is CorridorSim {ProgramInfo.Version}", result.Output);
        Assert.Empty(plan.ShardEntries());
    }

    [Fact]
    public void Shard_ScenarioEditedAfterPlanning_RefusesBecauseTheHashDiffers()
    {
        var plan = Plan(Run(2), "--shards", "1");
        var scenario = JsonNode.Parse(File.ReadAllText(plan.PlanJson))!["scenarios"]![0]!.GetValue<string>();
        plan.Edit("scenarios", new JsonArray(scenario.Replace("horizon_days: 6", "horizon_days: 7", StringComparison.Ordinal)));

        var result = Corridorsim.Run("shard", plan.PlanJson, "--index", "0", "--quiet");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("the plan was edited", result.Output);
        Assert.False(result.ShowsStackTrace, result.Output);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"format\": \"something-else\"}")]
    [InlineData("{\"format\": \"corridorsim-plan\", \"format_version\": 1}")]
    public void Shard_DamagedPlanFile_IsInvalidInputNamingTheFile(string text)
    {
        var path = _temp.Write("plan.json", text);

        var result = Corridorsim.Run("shard", path, "--index", "0");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(path + ":", result.Output);
        Assert.False(result.ShowsStackTrace, result.Output);
    }

    [Fact]
    public void Shard_NoIndexAnywhere_SaysWhereAnIndexComesFrom()
    {
        var plan = Plan(Run(2), "--shards", "2");
        Assert.Null(Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID") ?? Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX"));

        var result = Corridorsim.Run("shard", plan.PlanJson);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no shard index: give --index K, or run inside a Slurm array job (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX)", result.Output);
    }

    [Fact]
    public void Shard_IndexBeyondThePlan_IsInvalidInput()
    {
        var plan = Plan(Run(2), "--shards", "2");

        var result = Corridorsim.Run("shard", plan.PlanJson, "--index", "2");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--index 2: not a shard of this plan; expected a whole number from 0 to 1", result.Output);
    }

    [Fact]
    public void Merge_ShardsMissing_NamesThemAndTheCommandThatRunsThem()
    {
        // Given a plan of three shards of which only shard 1 has run
        var plan = Plan(Run(3), "--shards", "3");
        Assert.Equal(0, Corridorsim.Run("shard", plan.PlanJson, "--index", "1", "--quiet").ExitCode);

        // When it is merged
        var result = Corridorsim.Run("merge", plan.Path, "--quiet");

        // Then the merge names the missing shards and how to run them, and writes no result
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("2 of 3 shards are missing or unfinished (0, 2); nothing was merged", result.Output);
        Assert.Contains($"corridorsim shard {plan.PlanJson} --index K (first: --index 0)", result.Output);
        Assert.False(Directory.Exists(plan.Result));
    }

    [Fact]
    public void Merge_ShardOfAnotherPlan_IsNotMerged()
    {
        // Given two plans of the same run, and the first's shard copied into the second
        var first = Plan(Run(2), "--shards", "1");
        var second = new PlanFolder(_temp.Combine("second"));
        Assert.Equal(0, Corridorsim.Run([.. new[] { "plan" }, .. Run(2), "--shards", "1", "--out", second.Path]).ExitCode);
        Assert.Equal(0, Corridorsim.Run("shard", first.PlanJson, "--index", "0", "--quiet").ExitCode);
        CopyFolder(first.Shard(0), second.Shard(0));

        // When the second is merged
        var result = Corridorsim.Run("merge", second.Path, "--quiet");

        // Then the foreign shard counts as missing
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("1 of 1 shards are missing or unfinished (0)", result.Output);
    }

    [Fact]
    public void Compare_PlannedShardedAndMerged_WritesTheLocalComparisonsCsvFiles()
    {
        string[] compare = ["compare", RepositoryPaths.Baseline, RepositoryPaths.DigitalCustoms, .. Corridorsim.Short(8, 1, 3)];
        AssertMergeMatchesLocal(compare, shards: 4);
    }

    [Fact]
    public void Run_PlannedShardedAndMerged_WritesTheLocalRunsCsvFiles()
    {
        string[] run = ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(8, 1, 3), "--consignments", "all", "--seed", "5"];
        AssertMergeMatchesLocal(run, shards: 2);
    }

    [Theory]
    [InlineData("plan", "run")]
    [InlineData("plan", "compare")]
    [InlineData("plan", "sweep")]
    [InlineData("shard")]
    [InlineData("merge")]
    public void BatchCommand_Help_DescribesItsOptions(params string[] command)
    {
        var result = Corridorsim.Run([.. command, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = command[0] switch
        {
            "plan" => ["--shards", "--time-per-item", "--calibrate", "--exe", "--out"],
            "shard" => ["--index", "SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"],
            _ => new[] { "--out", "--force" },
        };
        Assert.All(expected, option => Assert.Contains(option, result.Output));
    }

    private void AssertMergeMatchesLocal(string[] experiment, int shards)
    {
        var plan = Plan(experiment, "--shards", shards.ToString(CultureInfo.InvariantCulture));
        foreach (var k in Enumerable.Range(0, shards).Reverse())
        {
            var shard = Corridorsim.Run("shard", plan.PlanJson, "--index", k.ToString(CultureInfo.InvariantCulture), "--quiet");
            Assert.True(shard.ExitCode == 0, shard.ToString());
        }

        var merged = Corridorsim.Run("merge", plan.Path, "--out", _temp.Combine("merged"), "--quiet");
        var local = Corridorsim.Run([.. experiment, "--out", _temp.Combine("local"), "--quiet"]);

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.True(local.ExitCode == 0, local.ToString());
        var csv = Directory.GetFiles(_temp.Combine("local"), "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_temp.Combine("local"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(csv);
        Assert.Equal(csv, Directory.GetFiles(_temp.Combine("merged"), "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_temp.Combine("merged"), f)).Order(StringComparer.Ordinal));
        ResultFiles.AssertIdentical(_temp.Combine("local"), _temp.Combine("merged"), csv);
    }

    private PlanFolder Plan(string[] experiment, params string[] options)
    {
        var plan = new PlanFolder(_temp.Combine("plan"));
        var result = Corridorsim.Run(["plan", .. experiment, .. options, "--out", plan.Path]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return plan;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value;

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];
}
