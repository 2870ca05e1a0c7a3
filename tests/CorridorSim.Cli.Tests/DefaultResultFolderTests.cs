using System.Globalization;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// README, "What a run writes": without <c>--out</c> each run writes a new folder <c>results/&lt;name&gt;/&lt;UTC timestamp&gt;/</c>
/// under the working folder, so the same command run again keeps both. Run as child processes, whose working
/// folder is a fresh temp folder (this process's working folder is shared by every test).
/// </summary>
public sealed class DefaultResultFolderTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_TwiceWithoutOut_KeepsBothInTimestampedFolders()
    {
        // Given a working folder without results
        string[] command = ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none"];

        // When the same command runs twice
        var before = DateTime.UtcNow.AddSeconds(-1);
        RunToSuccess(command);
        RunToSuccess(command);

        // Then results/baseline-2024/ holds two complete folders named by their UTC start time, and nothing else
        var scenarioFolder = _temp.Combine("results", "baseline-2024");
        var runs = Directory.GetDirectories(scenarioFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(runs, Directory.GetFileSystemEntries(scenarioFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));
        foreach (var run in runs)
        {
            var stamp = DateTime.ParseExact(run[..16], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            Assert.InRange(stamp, before, DateTime.UtcNow);
            Assert.True(run.Length == 16 || run[16..] == "-2", $"unexpected folder name {run}");
            Assert.Equal(ResultFiles.RunCsvWithoutConsignments.Order(StringComparer.Ordinal), ResultFiles.CsvIn(Path.Combine(scenarioFolder, run)));
        }
    }

    private void RunToSuccess(string[] command)
    {
        using var child = ChildCli.Start(_temp.Path, command);
        Assert.True(child.WaitForExit(Bound), $"no exit within {Bound.TotalSeconds} s:\n{child.Output}");
        Assert.True(child.ExitCode == 0, $"exit {child.ExitCode}\n{child.Output}");
        Assert.Contains("Results: " + _temp.Combine("results", "baseline-2024"), child.Output);
    }
}
