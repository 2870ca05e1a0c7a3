using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// <c>corridorsim run scenarios/baseline-2024.yaml</c> on short horizons, compared byte for byte with CSV files
/// recorded in the repository (<c>Golden/&lt;case&gt;/</c>). Rewrite them on purpose only, with
/// <c>CORRIDORSIM_UPDATE_GOLDEN=1 dotnet test tests/CorridorSim.Cli.Tests</c>, and review the diff.
/// </summary>
public class GoldenFileTests(GoldenRuns runs) : IClassFixture<GoldenRuns>
{
    public static TheoryData<string> Cases => new(GoldenCase.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_BaselineShortHorizon_MatchesRecordedCsvFiles(string caseName)
    {
        // Given the baseline on a short horizon
        var goldenCase = GoldenCase.Named(caseName);

        // When it is run
        var run = runs.Of(goldenCase);

        // Then it succeeds, writes exactly the case's CSV files, and each matches its recording byte for byte
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Assert.Equal(goldenCase.Csv.Order(StringComparer.Ordinal), ResultFiles.CsvIn(run.Folder));
        Assert.Equal(goldenCase.Parquet.Order(StringComparer.Ordinal), ResultFiles.ParquetIn(run.Folder));
        if (GoldenCase.Updating)
        {
            Record(goldenCase, run.Folder);
            return;
        }

        var missing = goldenCase.Csv.Concat(goldenCase.Parquet.Select(f => Path.ChangeExtension(f, ".csv")))
            .Where(f => !File.Exists(Path.Combine(goldenCase.RecordedFolder, f))).ToList();
        Assert.True(missing.Count == 0,
            $"{goldenCase.RecordedFolder} lacks {string.Join(", ", missing)}; record it with {GoldenCase.UpdateVariable}=1");
        ResultFiles.AssertIdentical(goldenCase.RecordedFolder, run.Folder, goldenCase.Csv);
        ResultFiles.AssertSameRows(goldenCase.RecordedFolder, run.Folder, goldenCase.Parquet);
    }

    [Fact]
    public void Run_BaselineShortHorizon_WritesChartsReportAndResolvedScenario()
    {
        var run = runs.Of(GoldenCase.Baseline45Days);

        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        var charts = Directory.GetFiles(Path.Combine(run.Folder, "charts"), "*.png");
        Assert.NotEmpty(charts);
        Assert.All(charts, chart => Assert.True(Png.IsPng(chart), $"{chart} is not a PNG image"));
        Assert.Contains("baseline-2024", File.ReadAllText(Path.Combine(run.Folder, "report.md")));
        var resolved = YamlKeyPaths.OfFile(Path.Combine(run.Folder, "scenario.resolved.yaml"));
        Assert.Equal("baseline-2024", resolved["name"]);
        Assert.Equal("45", resolved["horizon_days"]);
        Assert.Equal("10", resolved["warmup_days"]);
        Assert.Equal("2", resolved["replications"]);
    }

    [Fact]
    public void Run_BaselineShortHorizon_PrintsHeadlineKpiTableAndWhereResultsAre()
    {
        var run = runs.Of(GoldenCase.Baseline45Days);

        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Assert.StartsWith("baseline-2024 with horizon_days=45, warmup_days=10 (2 replications)", run.Result.Output);
        foreach (var kpi in new[] { "demand_tonnes_per_year", "delivered_tonnes_per_year", "delivered_share", "transit_days_p50", "transit_days_p95", "backlog_tonnes_end" })
            Assert.Matches($@"│ {kpi} +│", run.Result.Output);
        Assert.DoesNotContain("transit_days_p50:", run.Result.Output);
        Assert.EndsWith($"Results: {run.Folder}\n", run.Result.Output);
    }

    [Fact]
    public void Run_BaselineShortHorizon_WritesManifestThatDescribesTheRun()
    {
        // Given the 45-day run, 2 replications on 2 threads, of a scenario whose seed is 20240101
        var run = runs.Of(GoldenCase.Baseline45Days);
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());

        // When its manifest is read
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Folder, "manifest.json")));
        var root = manifest.RootElement;

        // Then every field the README lists for manifest.json is there and says what was run
        Assert.Equal("baseline-2024", root.GetProperty("scenario").GetString());
        var resolvedBytes = File.ReadAllBytes(Path.Combine(run.Folder, "scenario.resolved.yaml"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(resolvedBytes)), root.GetProperty("scenario_sha256").GetString());
        Assert.Equal(20240101UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(GoldenCase.Replications, root.GetProperty("replications").GetInt32());
        Assert.Equal(GoldenCase.Threads, root.GetProperty("threads").GetInt32());
        Assert.Equal(ProgramInfo.Version, root.GetProperty("program_version").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", root.GetProperty("program_version").GetString());
        Assert.Equal("corridorsim " + string.Join(' ', run.Arguments), root.GetProperty("command_line").GetString());
        var started = DateTimeOffset.Parse(root.GetProperty("started_utc").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.Zero, started.Offset);
        Assert.InRange(started, run.StartedAfter.AddSeconds(-1), run.EndedBefore);
    }

    private static void Record(GoldenCase goldenCase, string folder)
    {
        Directory.CreateDirectory(goldenCase.RecordedFolder);
        foreach (var stale in Directory.GetFiles(goldenCase.RecordedFolder, "*.csv")) File.Delete(stale);
        foreach (var file in goldenCase.Csv) File.Copy(Path.Combine(folder, file), Path.Combine(goldenCase.RecordedFolder, file));

        // A Parquet table is recorded as the CSV it reads back to, so a change to it is a reviewable text diff.
        foreach (var file in goldenCase.Parquet)
            File.WriteAllText(Path.Combine(goldenCase.RecordedFolder, Path.ChangeExtension(file, ".csv")), ParquetText.AsCsv(Path.Combine(folder, file)), new System.Text.UTF8Encoding(false));
    }
}
