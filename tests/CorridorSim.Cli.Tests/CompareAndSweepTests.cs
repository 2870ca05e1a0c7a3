using System.Globalization;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary><c>compare</c> and <c>sweep</c> end to end on short horizons, their files as the README's "What a run writes" lays them out.</summary>
public sealed class CompareAndSweepTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Compare_BaselineAndDigitalCustoms_WritesComparisonAndOneFolderPerScenario()
    {
        // Given the baseline and its digital-customs variant
        var folder = _temp.Combine("compare");

        // When they are compared on the same short horizon
        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline, RepositoryPaths.DigitalCustoms,
            .. Corridorsim.Short(10, 2, 2), "--consignments", "none", "--out", folder]);

        // Then comparison.csv has the README's columns, each KPI once per scenario, and one sub-folder holds each scenario's run
        Assert.True(result.ExitCode == 0, result.ToString());
        var comparison = CsvTable.Read(Path.Combine(folder, "comparison.csv"));
        Assert.Equal("kpi,unit,scenario,mean,ci95_low,ci95_high,diff_vs_first,diff_ci95_low,diff_ci95_high,significant", comparison.Header);
        Assert.All(comparison.Column("significant"), value => Assert.Contains(value, new[] { "true", "false" }));
        var baselineKpis = CsvTable.Read(Path.Combine(folder, "baseline-2024", "summary.csv")).Column("kpi").ToList();
        Assert.Equal(baselineKpis, comparison.Rows.Where(r => r["scenario"] == "baseline-2024").Select(r => r["kpi"]));
        Assert.Equal(baselineKpis, comparison.Rows.Where(r => r["scenario"] == "digital-customs").Select(r => r["kpi"]));
        Assert.All(comparison.Rows.Where(r => r["scenario"] == "baseline-2024"), r => Assert.Equal("0", r["diff_vs_first"]));
        Assert.Equal(["baseline-2024", "charts", "digital-customs"], Subfolders(folder));
        foreach (var scenario in new[] { "baseline-2024", "digital-customs" })
        {
            Assert.Equal(ResultFiles.RunCsvWithoutConsignments.Order(StringComparer.Ordinal), ResultFiles.CsvIn(Path.Combine(folder, scenario)));
            Assert.Equal(scenario, YamlKeyPaths.OfFile(Path.Combine(folder, scenario, "scenario.resolved.yaml"))["name"]);
        }
    }

    [Fact]
    public void Compare_DifferenceToFirst_IsTheDifferenceOfTheMeans()
    {
        var folder = _temp.Combine("compare");

        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline, RepositoryPaths.DigitalCustoms,
            .. Corridorsim.Short(10, 2, 2), "--consignments", "none", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = CsvTable.Read(Path.Combine(folder, "comparison.csv")).Rows;
        foreach (var digital in rows.Where(r => r["scenario"] == "digital-customs"))
        {
            var first = rows.Single(r => r["scenario"] == "baseline-2024" && r["kpi"] == digital["kpi"]);
            if (first["mean"] == "" || digital["mean"] == "")
            {
                // A KPI without data (no consignment of the flow delivered yet) has no difference either.
                Assert.Equal(("", "false"), (digital["diff_vs_first"], digital["significant"]));
                continue;
            }

            var expected = Number(digital["mean"]) - Number(first["mean"]);
            Assert.Equal(expected, Number(digital["diff_vs_first"]), 1e-9 * Math.Max(1, Math.Abs(Number(first["mean"]))));
            if (digital["significant"] == "true")
                Assert.True(Number(digital["diff_ci95_low"]) > 0 || Number(digital["diff_ci95_high"]) < 0, $"{digital["kpi"]}: significant, yet its interval holds 0");
        }
    }

    [Fact]
    public void Sweep_KurykFerries_WritesSweepTableAndOneFolderPerPoint()
    {
        // Given a sweep of the Kuryk–Alat ferry fleet over 6 and 9 vessels
        var folder = _temp.Combine("sweep");

        // When it runs on a short horizon
        var result = Corridorsim.Run(["sweep", RepositoryPaths.Baseline, "--vary", "sea_services.kuryk_alat_ferry.vessels=6,9",
            .. Corridorsim.Short(10, 2, 2), "--consignments", "none", "--out", folder]);

        // Then sweep.csv has the README's columns with the varied key as one, and each point has a folder run with its value
        Assert.True(result.ExitCode == 0, result.ToString());
        var sweep = CsvTable.Read(Path.Combine(folder, "sweep.csv"));
        Assert.Equal("point,sea_services.kuryk_alat_ferry.vessels,kpi,unit,mean,ci95_low,ci95_high", sweep.Header);
        Assert.Equal(["0", "1"], sweep.Column("point").Distinct());
        Assert.Equal(["6", "9"], sweep.Column("sea_services.kuryk_alat_ferry.vessels").Distinct());
        var points = Subfolders(folder).Where(name => name != "charts").ToList();
        Assert.Equal(2, points.Count);
        var vessels = points.Select(p => YamlKeyPaths.OfFile(Path.Combine(folder, p, "scenario.resolved.yaml"))["sea_services.kuryk_alat_ferry.vessels"]);
        Assert.Equal(["6", "9"], vessels);
        Assert.All(points, p => Assert.Equal(ResultFiles.RunCsvWithoutConsignments.Order(StringComparer.Ordinal), ResultFiles.CsvIn(Path.Combine(folder, p))));
        var pointKpis = sweep.Rows.Where(r => r["point"] == "0").Select(r => r["kpi"]);
        Assert.Equal(CsvTable.Read(Path.Combine(folder, points[0], "summary.csv")).Column("kpi"), pointKpis);
    }

    [Fact]
    public void Sweep_TwoKeys_RunsEveryCombination()
    {
        var folder = _temp.Combine("sweep");

        var result = Corridorsim.Run(["sweep", RepositoryPaths.Baseline,
            "--vary", "sea_services.kuryk_alat_ferry.vessels=6,9", "--vary", "ports.aktau.ferry_berths=1,2",
            .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var sweep = CsvTable.Read(Path.Combine(folder, "sweep.csv"));
        Assert.Equal("point,sea_services.kuryk_alat_ferry.vessels,ports.aktau.ferry_berths,kpi,unit,mean,ci95_low,ci95_high", sweep.Header);
        var combinations = sweep.Rows.Select(r => (r["sea_services.kuryk_alat_ferry.vessels"], r["ports.aktau.ferry_berths"])).Distinct().Order();
        Assert.Equal([("6", "1"), ("6", "2"), ("9", "1"), ("9", "2")], combinations);
        Assert.Equal(4, Subfolders(folder).Count(name => name != "charts"));
    }

    private static IReadOnlyList<string> Subfolders(string folder) =>
        Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
