using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, item 9: the reproduce command every report ends with is complete — run as written, on the folder's own
/// <c>scenario.resolved.yaml</c>, it gives the same CSV files byte for byte. <c>compare</c> ran every scenario on the
/// first one's seed and replications, so each sub-folder records those, not its file's own.
/// </summary>
public sealed class ReproduceCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_ReproduceCommandOfTheReport_GivesIdenticalCsvFilesPerConsignmentOnesIncluded()
    {
        // Given a run that records every replication's consignments
        var first = _temp.Combine("first");
        var original = Corridorsim.Run(["run", RepositoryPaths.Baseline, "--set", "horizon_days=6", "--set", "warmup_days=0", "--replications", "2", "--seed", "5",
            "--consignments", "all", "--quiet", "--out", first]);
        Assert.True(original.ExitCode == 0, original.ToString());

        // When the report's reproduce command is run in that folder
        var again = Reproduce(first, _temp.Combine("again"));

        // Then every CSV file is the same, the per-consignment files of both replications included
        Assert.True(again.ExitCode == 0, again.ToString());
        ResultFiles.AssertIdentical(first, _temp.Combine("again"), ResultFiles.RunCsv);
    }

    [Fact]
    public void Compare_ScenariosWithTheirOwnSeeds_EachSubFolderReproducesItsFiles()
    {
        // Given a variant whose file sets another seed and replication count than the baseline it is compared with
        var variant = _temp.Write("variant.yaml", $"extends: {RepositoryPaths.Baseline}\nname: variant\nseed: 999\nreplications: 7\n");
        var compared = _temp.Combine("compared");
        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline, variant, "--set", "horizon_days=6", "--set", "warmup_days=0",
            "--replications", "2", "--consignments", "none", "--quiet", "--out", compared]);
        Assert.True(result.ExitCode == 0, result.ToString());

        // When the variant's sub-folder is reproduced from its own report
        var subFolder = Path.Combine(compared, "variant");
        var again = Reproduce(subFolder, _temp.Combine("again"));

        // Then it records the shared seed and replications, and its CSV files come out the same
        Assert.True(again.ExitCode == 0, again.ToString());
        var resolved = File.ReadAllText(Path.Combine(subFolder, "scenario.resolved.yaml"));
        Assert.DoesNotContain("seed: 999", resolved);
        Assert.Contains("replications: 2", resolved);
        ResultFiles.AssertIdentical(subFolder, _temp.Combine("again"), ResultFiles.RunCsvWithoutConsignments);
    }

    /// <summary>Runs the last command of <paramref name="folder"/>'s report, its scenario read from that folder, into <paramref name="into"/>.</summary>
    private static CliResult Reproduce(string folder, string into)
    {
        var report = File.ReadAllText(Path.Combine(folder, "report.md"));
        var section = report[report.IndexOf("## How to reproduce", StringComparison.Ordinal)..];
        var command = section.Split('\n').Last(l => l.StartsWith("corridorsim ", StringComparison.Ordinal));
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(a => a.EndsWith(".yaml", StringComparison.Ordinal) ? Path.Combine(folder, a) : a);
        return Corridorsim.Run([.. args, "--quiet", "--out", into]);
    }
}
