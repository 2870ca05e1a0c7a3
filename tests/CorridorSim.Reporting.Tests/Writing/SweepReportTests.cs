using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Folders;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class SweepReportTests(WrittenSweep written) : IClassFixture<WrittenSweep>
{
    private const string Key = SampleSweep.Key;

    [Fact]
    public void Write_FourPoints_WritesSweepChartsReportAndOneSubFolderPerPoint()
    {
        Assert.Equal([ResultFolder.MarkerName, "charts", "manifest.json", "point-00", "point-01", "point-02", "point-03", "report.html", "report.md", "sweep.csv"], TempFolder.EntriesOf(written.Folder));
        Assert.Equal("name: baseline-2024\nsea_services: 2\n", File.ReadAllText(written.PathOf("point-02", "scenario.resolved.yaml")));
        Assert.All(Directory.GetFiles(written.PathOf("charts")), png => Assert.True(Png.IsPng(png)));
        Assert.Equal(5, Directory.GetFiles(written.PathOf("charts")).Length);
    }

    [Fact]
    public void Write_TopFolder_HoldsWhatResultFilesListsForSweepBesideThePointFolders()
    {
        var files = TempFolder.EntriesOf(written.Folder).Where(e => !e.StartsWith("point-", StringComparison.Ordinal));

        Assert.Equal(ResultFiles.WrittenBy(ResultCommand.Sweep, withConsignments: true).Select(f => f.Name).Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Answer_SteepThenWithinTheNoise_SaysWhereTheCurveReachesItsLevelAndFlattens()
    {
        var sentences = SweepAnswer.Sentences([Key], SampleSweep.SweepPoints);

        Assert.StartsWith("Delivered tonnes per year: 4,212,346 tonnes a year at vessels=4, 4,663,067 tonnes a year at vessels=10. It reaches its best level at vessels=8", sentences[0]);
        Assert.Contains("and flattens beyond it", sentences[0]);
    }

    [Fact]
    public void Report_AnswerFirst_AndReproductionVariesTheSameValues()
    {
        var report = File.ReadAllText(written.PathOf("report.md"));

        Assert.True(report.IndexOf("## The answer", StringComparison.Ordinal) < report.IndexOf("## Headline KPIs", StringComparison.Ordinal));
        Assert.Contains($"corridorsim sweep point-00/scenario.resolved.yaml --vary {Key}=4,6,8,10 --seed 42 --replications 2", report);
    }

    [Fact]
    public void Report_Table_NumbersAreTheSweepCsvValues()
    {
        var table = ReportTables.Rows(File.ReadAllText(written.PathOf("report.md")), "point");
        var headline = HeadlineKpi.All.Select(h => h.Name).ToHashSet();
        var csv = CsvText.Records(written.PathOf("sweep.csv")).Where(r => headline.Contains(r["kpi"])).ToList();

        Assert.Equal(csv.Count, table.Count);
        foreach (var (row, record) in table.Zip(csv))
        {
            Assert.Equal([record["point"], record[Key], record["kpi"], record["unit"]], row[..4]);
            ReportTables.AssertSameNumber(record["mean"], row[4]);
            ReportTables.AssertSameNumber(record["ci95_low"], row[5]);
            ReportTables.AssertSameNumber(record["ci95_high"], row[6]);
        }
    }

    [Fact]
    public void Chart_SteepThenFlat_MarksTheBend()
    {
        var charts = SweepCharts.Build([Key], SampleSweep.SweepPoints);

        var marker = Assert.Single(charts[0].Markers);
        Assert.Equal(6.0, marker.X);
        Assert.Equal("curve bends at vessels=6", marker.Label);
    }

    [Fact]
    public void PartFolders_Points_ZeroPaddedInPointOrder()
    {
        Assert.Equal("point-03", PartFolders.ForPoint(3, 4));
        Assert.Equal("point-007", PartFolders.ForPoint(7, 120));
    }
}
