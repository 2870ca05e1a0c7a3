using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// A mistake on the command line (an option, an override, a missing argument, an existing
/// <c>--out</c>) is invalid input: exit code 2, a message that names it, no stack trace, nothing written.
/// </summary>
public sealed class InvalidCommandLineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => _temp.Combine("out");

    [Fact]
    public void SetOverride_UnknownListItem_NamesTheItemsThereAre()
    {
        var result = RunInvalid(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1),
            "--set", "sea_services.nope.vessels=3", "--out", Out]);

        Assert.Contains("--set: sea_services.nope: 'sea_services' has no item 'nope'; expected one of aktau_alat_ferry, kuryk_alat_ferry", result.Output);
    }

    [Fact]
    public void SetOverride_UnknownKey_SuggestsNearestKey()
    {
        var result = RunInvalid(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1),
            "--set", "sea_services.kuryk_alat_ferry.vesels=3", "--out", Out]);

        Assert.Contains("--set: sea_services.kuryk_alat_ferry.vesels: unknown key 'vesels' (did you mean 'vessels'?)", result.Output);
    }

    [Fact]
    public void SetOverride_WithoutEquals_ShowsTheExpectedForm()
    {
        var result = RunInvalid(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--set", "horizon_days", "--out", Out]);

        Assert.Contains("--set: horizon_days: 'horizon_days' is not an override; expected key.path=value", result.Output);
    }

    [Fact]
    public void VaryOverride_ValueNotANumber_NamesKeyAndValue()
    {
        var result = RunInvalid(["sweep", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1),
            "--vary", "sea_services.kuryk_alat_ferry.vessels=six,9", "--out", Out]);

        Assert.Contains("sea_services.kuryk_alat_ferry.vessels: 'six' is not a number", result.Output);
        Assert.Contains("--vary sea_services.kuryk_alat_ferry.vessels=six: 1 error; nothing was run.", result.Output);
    }

    [Fact]
    public void VaryOverride_WithoutValues_ShowsTheExpectedForm()
    {
        var result = RunInvalid(["sweep", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--vary", "nonsense", "--out", Out]);

        Assert.Contains("--vary nonsense: no '=' between the key and its values; expected --vary key.path=v1,v2,...", result.Output);
    }

    [Fact]
    public void Run_WithoutScenario_NamesTheMissingArgument()
    {
        var result = RunInvalid("run", "--out", Out);

        Assert.Contains("missing required argument 'SCENARIO'", result.Output);
    }

    [Fact]
    public void Run_UnknownOption_IsRefusedBeforeRunning()
    {
        var result = RunInvalid(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", Out, "--bogus"]);

        Assert.Contains("Unknown option 'bogus'", result.Output);
    }

    [Fact]
    public void Verb_Unknown_IsRefused()
    {
        var result = RunInvalid("runn", RepositoryPaths.Baseline);

        Assert.Contains("runn", result.Output);
    }

    [Fact]
    public void Consignments_UnknownMode_ListsTheModes()
    {
        var result = RunInvalid(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "bogus", "--out", Out]);

        Assert.Contains("--consignments must be none, first or all, not 'bogus'", result.Output);
    }

    [Theory]
    [InlineData("--replications", "0", "--replications must be a whole number ≥ 1")]
    [InlineData("--threads", "0", "--threads must be a whole number ≥ 1")]
    [InlineData("--seed", "minus-one", "minus-one")]
    public void NumericOption_OutOfRange_IsRefused(string option, string value, string words)
    {
        var result = RunInvalid("run", RepositoryPaths.Baseline, option, value, "--out", Out);

        Assert.Contains(words, result.Output);
    }

    [Fact]
    public void Force_WithoutOut_IsRefused()
    {
        var result = RunInvalid(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--force"]);

        Assert.Contains("--force only applies together with --out", result.Output);
    }

    [Fact]
    public void Compare_OneScenario_IsRefused()
    {
        var result = RunInvalid(["compare", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", Out]);

        Assert.Contains("compare needs at least two scenario files", result.Output);
    }

    [Fact]
    public void Sweep_WithoutVary_IsRefused()
    {
        var result = RunInvalid(["sweep", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", Out]);

        Assert.Contains("sweep needs at least one --vary", result.Output);
    }

    [Fact]
    public void Scenario_Missing_NamesTheFile()
    {
        var missing = _temp.Combine("missing.yaml");

        var result = RunInvalid(["run", missing, .. Corridorsim.Short(2, 0, 1), "--out", Out]);

        Assert.Contains($"{missing}: file not found", result.Output);
    }

    [Fact]
    public void Out_ExistingFolderWithoutForce_IsRefusedAndLeftUntouched()
    {
        // Given an existing folder with a file in it
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "keep.txt"), "earlier results");

        // When a run is pointed at it without --force
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", Out]);

        // Then it is refused as invalid input, and the folder and its parent are as they were
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.Contains($"{Out} already exists; add --force", result.Output);
        Assert.Equal(["out"], _temp.Entries());
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName));
        Assert.Equal("earlier results", File.ReadAllText(Path.Combine(Out, "keep.txt")));
    }

    [Fact]
    public void Out_UnderAFile_IsInvalidInputWithoutTrace()
    {
        // Given a file where --out expects a parent folder
        var file = _temp.Write("not-a-folder", "x");
        var under = Path.Combine(file, "x");

        // When a run is pointed under it
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", under]);

        // Then it is the user's --out that is wrong, not a bug: exit 2, a message naming it, no stack trace
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.Contains($"--out {under}: cannot create the result folder", result.Output);
        Assert.Equal(["not-a-folder"], _temp.Entries());
    }

    /// <summary>Runs a command line that must be refused: exit 2, no stack trace, and nothing left in the temp folder.</summary>
    private CliResult RunInvalid(params string[] args)
    {
        var result = Corridorsim.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.Empty(_temp.Entries());
        return result;
    }
}
