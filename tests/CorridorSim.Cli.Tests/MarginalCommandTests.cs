using System.Text.RegularExpressions;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary><c>bottlenecks</c> and <c>run --marginal</c> end to end on a short horizon.</summary>
public sealed partial class MarginalCommandTests : IDisposable
{
    private const string MarginalHeader =
        "rank,candidate,change,delivered_gain_tonnes_per_year,delivered_ci95_low,delivered_ci95_high,p95_transit_change_days,p95_ci95_low,p95_ci95_high,significant";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Bottlenecks_Baseline_WritesMarginalCsvWithTheReadmeColumnsAndItsChartAndSection()
    {
        // Given the baseline on a short horizon
        var folder = _temp.Combine("bottlenecks");

        // When its marginal study runs
        var result = Corridorsim.Run(["bottlenecks", RepositoryPaths.Baseline, .. Corridorsim.Short(20, 2, 2), "--consignments", "none", "--out", folder]);

        // Then marginal.csv has the columns the README shows, one row per change ranked from 1, and the chart and
        // the report's section are there; the terminal shows the ranking
        Assert.True(result.ExitCode == 0, result.ToString());
        var marginal = CsvTable.Read(Path.Combine(folder, "marginal.csv"));
        Assert.Equal(MarginalHeader, marginal.Header);
        Assert.Contains(MarginalHeader, ReadmeSpans());
        Assert.NotEmpty(marginal.Rows);
        Assert.Equal(Enumerable.Range(1, marginal.Rows.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), marginal.Column("rank"));
        Assert.All(marginal.Column("significant"), value => Assert.Contains(value, new[] { "true", "false" }));
        Assert.All(marginal.Rows, r => Assert.Contains("=", r["change"], StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "charts", "marginal.png")));
        Assert.Contains("## What is one more unit worth?", File.ReadAllText(Path.Combine(folder, "report.md")), StringComparison.Ordinal);
        Assert.Contains("What one more unit is worth", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bottlenecks_BaseReplications_WriteTheSameFilesAsAPlainRunAndRunMarginalTheSameRanking()
    {
        // Given the baseline on a short horizon, run plainly, through bottlenecks and with run --marginal
        string[] options = [.. Corridorsim.Short(20, 2, 2), "--consignments", "none", "--threads", "2"];
        var plain = _temp.Combine("plain");
        var study = _temp.Combine("study");
        var run = _temp.Combine("run-marginal");

        var results = new[]
        {
            Corridorsim.Run(["run", RepositoryPaths.Baseline, .. options, "--out", plain]),
            Corridorsim.Run(["bottlenecks", RepositoryPaths.Baseline, .. options, "--out", study]),
            Corridorsim.Run(["run", RepositoryPaths.Baseline, .. options, "--marginal", "--out", run]),
        };

        // Then the base's tables are byte-identical to the plain run's (common random numbers), and the two ways
        // to ask for the study write the same marginal.csv
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        ResultFiles.AssertIdentical(plain, study, ResultFiles.RunCsvWithoutConsignments);
        ResultFiles.AssertIdentical(study, run, [.. ResultFiles.RunCsvWithoutConsignments, "marginal.csv"]);
        Assert.False(File.Exists(Path.Combine(plain, "marginal.csv")));
    }

    private static HashSet<string> ReadmeSpans()
    {
        // Fenced blocks are left out first: a fence's three backticks would pair with the prose's own.
        var readme = FencedBlock().Replace(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n"), "");
        return Backticked().Matches(readme).Select(m => Regex.Replace(m.Groups[1].Value, @"\s+", "")).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^(```|~~~).*?^(```|~~~)[^\n]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();
}
