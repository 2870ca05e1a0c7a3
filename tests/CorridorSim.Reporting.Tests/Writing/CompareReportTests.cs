using CorridorSim.Experiments;
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
    public void Answer_AlternativeDeliversSignificantlyMore_SaysItIsBetterByHowMuch()
    {
        var sentences = CompareAnswer.Sentences(SampleComparison.Rows);

        Assert.Equal(
            "Delivered tonnes per year: against baseline-2024 at 4,212,346 tonnes a year, digital-customs at 4,422,963 tonnes a year is significantly better, "
            + "by +210,617 tonnes a year (95% interval +168,494 to +252,741).",
            sentences[0]);
    }

    [Fact]
    public void Answer_IntervalSpansZero_SaysNoSignificantDifferenceAndNeverWhoWins()
    {
        var sentences = CompareAnswer.Sentences(SampleComparison.Rows);

        Assert.Equal(
            "95th-percentile transit time: against baseline-2024 at 25.06 days, digital-customs at 25.30 days shows no significant difference: +0.240 days (95% interval -0.200 to +0.680), the interval spans zero.",
            sentences[1]);
        Assert.Equal(2, sentences.Count);
        Assert.DoesNotContain(sentences, s => s.Contains("wins", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_LongerTransitSignificant_SaysWorseByTheKpisDirection()
    {
        IReadOnlyList<ComparisonRow> rows =
        [
            new("transit_days_p95", "days", "baseline-2024", 25.06, 24.1, 26.02, 0, 0, 0, false),
            new("transit_days_p95", "days", "storm-season", 31.5, 30, 33, 6.44, 5.1, 7.8, true),
        ];

        var sentence = Assert.Single(CompareAnswer.Sentences(rows));

        Assert.Equal("95th-percentile transit time: against baseline-2024 at 25.06 days, storm-season at 31.50 days is significantly worse, by +6.44 days (95% interval +5.10 to +7.80).", sentence);
    }

    [Fact]
    public void Answer_DemandDiffers_ComparesSharesNotTonnesAndSaysSo()
    {
        // Given wb-2030 with 11 Mt of demand against the baseline's 4.5 Mt: more tonnes, a smaller share
        IReadOnlyList<ComparisonRow> rows =
        [
            new("demand_tonnes_per_year", "tonnes/year", "baseline-2024", 4_500_000, 4_480_000, 4_520_000, 0, 0, 0, false),
            new("demand_tonnes_per_year", "tonnes/year", "wb-2030", 11_000_000, 10_950_000, 11_050_000, 6_500_000, 6_450_000, 6_550_000, true),
            new("delivered_tonnes_per_year", "tonnes/year", "baseline-2024", 4_400_000, 4_380_000, 4_420_000, 0, 0, 0, false),
            new("delivered_tonnes_per_year", "tonnes/year", "wb-2030", 9_300_000, 9_200_000, 9_400_000, 4_900_000, 4_800_000, 5_000_000, true),
            new("delivered_share", "fraction", "baseline-2024", 0.978, 0.975, 0.981, 0, 0, 0, false),
            new("delivered_share", "fraction", "wb-2030", 0.845, 0.84, 0.85, -0.133, -0.14, -0.126, true),
            new("cohort_delivered_share", "fraction", "baseline-2024", 0.999, 0.998, 1, 0, 0, 0, false),
            new("cohort_delivered_share", "fraction", "wb-2030", 0.87, 0.86, 0.88, -0.129, -0.139, -0.119, true),
        ];

        // When the answer is written
        var sentences = CompareAnswer.Sentences(rows);

        // Then it says demand differs, judges the shares (worse) and never the tonnes (which "win")
        Assert.Equal(
            "Demand differs (baseline-2024 4,500,000 tonnes a year, wb-2030 11,000,000 tonnes a year), so the scenarios are compared on shares of their own demand, not on tonnes.",
            sentences[0]);
        Assert.Contains("Share of demand delivered: against baseline-2024 at 97.8%, wb-2030 at 84.5% is significantly worse, by -13.3 percentage points (95% interval -14.0 to -12.6).", sentences);
        Assert.Contains(sentences, s => s.StartsWith("Share of the cohort delivered: against baseline-2024 at 99.9%, wb-2030 at 87.0% is significantly worse", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.StartsWith("Delivered tonnes per year", StringComparison.Ordinal));
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
