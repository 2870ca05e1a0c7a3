using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// A result folder appears whole or not at all (README, "What a run writes"). <c>--force</c> replaces an existing
/// <c>--out</c> folder only once the new one is complete; a run that fails or is interrupted leaves no result
/// folder and no temporary folder, and with <c>--force</c> the old folder as it was.
/// </summary>
public sealed class OutFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => _temp.Combine("x");

    [Fact]
    public void Force_ExistingOut_ReplacedByTheNewResults()
    {
        // Given an existing folder of earlier results
        GivenOldResults();

        // When a run is written there with --force
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(3, 0, 1), "--out", Out, "--force"]);

        // Then the old content is gone, the new is all there, and nothing else is left beside it
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(Path.Combine(Out, "old.txt")));
        Assert.Equal(ResultFiles.RunCsv.Order(StringComparer.Ordinal), ResultFiles.CsvIn(Out));
        Assert.True(File.Exists(Path.Combine(Out, "manifest.json")));
        Assert.Equal(["x"], _temp.Entries());
    }

    [Fact]
    public void Force_RunInterrupted_OldFolderKeptIntact()
    {
        // Given an existing folder of earlier results, and a forced run into it under way
        GivenOldResults();
        using var run = LongRun.Start(Out, "--force");
        run.WaitForTemporaryFolder(_temp);

        // While it runs, the old folder is untouched
        AssertOldResultsIntact();

        // When the run is interrupted
        var result = run.Interrupt();

        // Then it exits 130, the old folder is as it was, and no temporary folder is left
        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.False(result.ShowsStackTrace, result.Output);
        AssertOldResultsIntact();
        Assert.Equal(["x"], _temp.Entries());
    }

    [Fact]
    public void Run_InterruptedInProcess_LeavesNoFolderAndExits130()
    {
        // Given a run under way, its temporary folder created
        using var run = LongRun.Start(Out);
        run.WaitForTemporaryFolder(_temp);

        // When it is interrupted
        var result = run.Interrupt();

        // Then it exits 130, says nothing was written, and leaves neither the result folder nor its temporary
        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Contains("Interrupted: nothing was written.", result.Output);
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.Empty(_temp.Entries());
    }

    [Fact]
    public void Run_IntoNewNestedOut_CreatesTheParents()
    {
        var nested = _temp.Combine("a", "b", "x");

        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", nested]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ResultFiles.RunCsvWithoutConsignments.Order(StringComparer.Ordinal), ResultFiles.CsvIn(nested));
        Assert.Equal(["x"], Directory.GetFileSystemEntries(_temp.Combine("a", "b")).Select(Path.GetFileName));
    }

    private void GivenOldResults()
    {
        Directory.CreateDirectory(Path.Combine(Out, "charts"));
        File.WriteAllText(Path.Combine(Out, "old.txt"), "earlier results");
        File.WriteAllText(Path.Combine(Out, "summary.csv"), "old summary\n");
    }

    private void AssertOldResultsIntact()
    {
        Assert.Equal(["charts", "old.txt", "summary.csv"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("earlier results", File.ReadAllText(Path.Combine(Out, "old.txt")));
        Assert.Equal("old summary\n", File.ReadAllText(Path.Combine(Out, "summary.csv")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(Out, "charts")));
    }
}
