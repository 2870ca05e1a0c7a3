using CorridorSim.Reporting.Folders;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class CompareReportTests(WrittenComparison written) : IClassFixture<WrittenComparison>
{
    [Fact]
    public void Write_TwoScenarios_WritesComparisonChartsReportAndOneSubFolderEach()
    {
        Assert.Equal([ResultFolder.MarkerName, "baseline-2024", "charts", "comparison.csv", "digital-customs", "manifest.json", "report.html", "report.md"], TempFolder.EntriesOf(written.Folder));
        Assert.Contains("summary.csv", TempFolder.EntriesOf(written.PathOf("digital-customs")));
        Assert.Equal(["compare-delivered_tonnes_per_year.png", "compare-transit_days_p95.png"], TempFolder.EntriesOf(written.PathOf("charts")));
        Assert.All(Directory.GetFiles(written.PathOf("charts")), png => Assert.True(Png.IsPng(png)));
    }

    [Fact]
    public void Write_TopFolder_HoldsWhatResultFilesListsForCompareBesideTheScenarioFolders()
    {
        var files = TempFolder.EntriesOf(written.Folder).Except(["baseline-2024", "digital-customs"]);

        Assert.Equal(ResultFiles.WrittenBy(ResultCommand.Compare, withConsignments: true).Select(f => f.Name).Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Write_Manifest_ListsEachScenarioFolderWithItsHash()
    {
        var manifest = ManifestJson.Deserialize(File.ReadAllText(written.PathOf("manifest.json")));

        Assert.Equal("baseline-2024, digital-customs", manifest.Scenario);
        Assert.Equal(["baseline-2024", "digital-customs"], manifest.Parts!.Select(p => p.Folder));
        Assert.Equal(ManifestJson.Sha256Of(SampleComparison.Digital.ResolvedYaml), manifest.Parts![1].ScenarioSha256);
    }

    [Fact]
    public void Answer_AlternativeWinsSignificantly_SaysWhoWinsByHowMuch()
    {
        var sentences = CompareAnswer.Sentences(SampleComparison.Rows);

        Assert.Equal(
            "Delivered tonnes per year: digital-customs wins at 4,422,963 tonnes a year against 4,212,346 tonnes a year for baseline-2024, "
            + "a difference of +210,617 tonnes a year (95% interval +168,494 to +252,741), significant.",
            sentences[0]);
    }

    [Fact]
    public void Answer_FirstScenarioBest_NamesTheBestAlternativeAndWhetherItDiffersSignificantly()
    {
        var sentences = CompareAnswer.Sentences(SampleComparison.Rows);

        Assert.Equal(
            "95th-percentile transit time: baseline-2024 stays best at 25.06 days; the best alternative, digital-customs, differs by +0.240 days (95% interval -0.200 to +0.680), not significant.",
            sentences[1]);
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Report_AnswerComesFirst_ThenTableChartsScenariosAndReproduction()
    {
        var report = File.ReadAllText(written.PathOf("report.md"));

        var order = new[] { "## The answer", "## KPIs by scenario", "## Charts", "## Scenarios", "## How to reproduce" }
            .Select(h => report.IndexOf(h, StringComparison.Ordinal))
            .ToList();

        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("(digital-customs/report.md)", report);
        Assert.Contains("corridorsim compare baseline-2024/scenario.resolved.yaml digital-customs/scenario.resolved.yaml --seed 42 --replications 2", report);
    }

    [Fact]
    public void Report_Table_NumbersAreTheComparisonCsvValues()
    {
        var table = ReportTables.Rows(File.ReadAllText(written.PathOf("report.md")), "KPI");
        var csv = CsvText.Records(written.PathOf("comparison.csv")).Where(r => !r["kpi"].Contains(':')).ToList();

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
    public void Headline_TwoScenarios_OneLinePerHeadlineKpiAfterATitle()
    {
        var headline = CompareReport.Headline([SampleComparison.Baseline, SampleComparison.Digital], SampleComparison.Rows);

        Assert.Equal(3, headline.Split('\n').Length);
        Assert.StartsWith("Comparison against baseline-2024 (2 scenarios)", headline);
    }

    [Fact]
    public void PartFolders_RepeatedScenarioName_GetsASuffix() =>
        Assert.Equal(["baseline", "baseline-2", "a-b"], PartFolders.ForScenarios(["baseline", "baseline", "a/b"]));

    [Fact]
    public void PartFolders_ScenarioNamedLikeAFileOfTheComparison_GetsASuffix() =>
        Assert.Equal(["charts-2", "report.md-2", "x"], PartFolders.ForScenarios(["charts", "report.md", "x"]));
}
