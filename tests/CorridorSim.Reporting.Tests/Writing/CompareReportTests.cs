using CorridorSim.Experiments;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class CompareReportTests
{
    private static readonly ScenarioRun Baseline = SampleRun.Run("baseline-2024");
    private static readonly ScenarioRun Digital = SampleRun.Run("digital-customs", scale: 1.05);

    private static IReadOnlyList<ComparisonRow> Rows() =>
    [
        new("delivered_tonnes_per_year", "tonnes/year", "baseline-2024", 4_212_345.678, 4_190_000.5, 4_234_690.25, 0, 0, 0, false),
        new("delivered_tonnes_per_year", "tonnes/year", "digital-customs", 4_422_962.96, 4_399_500.0, 4_446_424.8, 210_617.28, 168_493.8, 252_740.7, true),
        new("transit_days_p95", "days", "baseline-2024", 25.06, 24.1, 26.02, 0, 0, 0, false),
        new("transit_days_p95", "days", "digital-customs", 25.3, 24.2, 26.4, 0.24, -0.2, 0.68, false),
        new("transit_days_p50:kz_exports_west", "days", "baseline-2024", 11.5, 11, 12, 0, 0, 0, false),
        new("transit_days_p50:kz_exports_west", "days", "digital-customs", 11.4, 11, 12, -0.1, -0.3, 0.1, false),
    ];

    [Fact]
    public void Write_TwoScenarios_WritesComparisonChartsReportAndOneSubFolderEach()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("cmp");

        CompareReport.Write(folder, [Baseline, Digital], Rows(), SampleRun.Context());

        Assert.Equal(["baseline-2024", "charts", "comparison.csv", "digital-customs", "manifest.json", "report.md"], TempFolder.EntriesOf(folder));
        Assert.Contains("summary.csv", TempFolder.EntriesOf(Path.Combine(folder, "digital-customs")));
        Assert.Equal(["compare-delivered_tonnes_per_year.png", "compare-transit_days_p95.png"], TempFolder.EntriesOf(Path.Combine(folder, "charts")));
        Assert.All(Directory.GetFiles(Path.Combine(folder, "charts")), png => Assert.True(Png.IsPng(png)));
        var manifest = ManifestJson.Deserialize(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        Assert.Equal(["baseline-2024", "digital-customs"], manifest.Parts!.Select(p => p.Folder));
    }

    [Fact]
    public void Answer_AlternativeWinsSignificantly_SaysWhoWinsByHowMuch()
    {
        var sentences = CompareAnswer.Sentences(Rows());

        Assert.Equal(
            "Delivered tonnes per year: digital-customs wins at 4,422,963 tonnes a year against 4,212,346 tonnes a year for baseline-2024, "
            + "a difference of +210,617 tonnes a year (95% interval +168,494 to +252,741), significant.",
            sentences[0]);
    }

    [Fact]
    public void Answer_FirstScenarioBest_NamesTheBestAlternativeAndWhetherItDiffersSignificantly()
    {
        var sentences = CompareAnswer.Sentences(Rows());

        Assert.Equal(
            "95th-percentile transit time: baseline-2024 stays best at 25.06 days; the best alternative, digital-customs, differs by +0.240 days (95% interval -0.200 to +0.680), not significant.",
            sentences[1]);
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Report_Table_NumbersAreTheComparisonCsvValues()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("cmp");
        CompareReport.Write(folder, [Baseline, Digital], Rows(), SampleRun.Context());

        var table = ReportTables.Rows(File.ReadAllText(Path.Combine(folder, "report.md")), "KPI");
        var csv = CsvText.Records(Path.Combine(folder, "comparison.csv")).Where(r => !r["kpi"].Contains(':')).ToList();

        Assert.Equal(csv.Count, table.Count);
        foreach (var (row, record) in table.Zip(csv))
        {
            Assert.Equal([record["kpi"], record["unit"], record["scenario"]], row[..3]);
            ReportTables.AssertSameNumber(record["mean"], row[3]);
            ReportTables.AssertSameNumber(record["ci95_low"], row[4]);
            ReportTables.AssertSameNumber(record["ci95_high"], row[5]);
            ReportTables.AssertSameNumber(record["diff_vs_first"], row[6], signed: true);
            ReportTables.AssertSameNumber(record["diff_ci95_low"], row[7], signed: true);
            ReportTables.AssertSameNumber(record["diff_ci95_high"], row[8], signed: true);
            Assert.Equal(record["significant"] == "true" ? "yes" : "no", row[9]);
        }
    }

    [Fact]
    public void PartFolders_RepeatedScenarioName_GetsASuffix() =>
        Assert.Equal(["baseline", "baseline-2", "a-b"], PartFolders.ForScenarios(["baseline", "baseline", "a/b"]));
}
