using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class SweepReportTests
{
    private const string Key = "sea_services.aktau_baku.vessels";

    // Delivered tonnes rise steeply from 4 to 6 vessels, then barely.
    private static IReadOnlyList<SweepRun> Points() =>
        new[] { 1.0, 1.1, 1.105, 1.107 }
            .Select((scale, i) => new SweepRun(
                new SweepPoint(i, [new(Key, (4 + (2 * i)).ToString(CultureInfo.InvariantCulture))], SampleRun.Experiment("baseline-2024", scale)),
                $"name: baseline-2024\nsea_services: {i}\n"))
            .ToList();

    [Fact]
    public void Write_FourPoints_WritesSweepChartsReportAndOneSubFolderPerPoint()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("sweep");

        SweepReport.Write(folder, "baseline-2024", [Key], Points(), SampleRun.Context());

        Assert.Equal(["charts", "manifest.json", "point-00", "point-01", "point-02", "point-03", "report.md", "sweep.csv"], TempFolder.EntriesOf(folder));
        Assert.Equal("name: baseline-2024\nsea_services: 2\n", File.ReadAllText(Path.Combine(folder, "point-02", "scenario.resolved.yaml")));
        Assert.All(Directory.GetFiles(Path.Combine(folder, "charts")), png => Assert.True(Png.IsPng(png)));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(folder, "charts")).Length);
    }

    [Fact]
    public void Answer_SteepThenFlat_SaysWhereTheCurveBends()
    {
        var sentences = SweepAnswer.Sentences([Key], Points().Select(p => p.Point).ToList());

        Assert.StartsWith("Delivered tonnes per year: 4,212,346 tonnes a year at vessels=4, 4,663,067 tonnes a year at vessels=10. The curve bends at vessels=6", sentences[0]);
        Assert.Contains("vessels=4 → vessels=6 (4,212,346 → 4,633,580)", sentences[0]);
    }

    [Fact]
    public void Report_Table_NumbersAreTheSweepCsvValues()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("sweep");
        SweepReport.Write(folder, "baseline-2024", [Key], Points(), SampleRun.Context());

        var table = ReportTables.Rows(File.ReadAllText(Path.Combine(folder, "report.md")), "point");
        var headline = HeadlineKpi.All.Select(h => h.Name).ToHashSet();
        var csv = CsvText.Records(Path.Combine(folder, "sweep.csv")).Where(r => headline.Contains(r["kpi"])).ToList();

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
        var charts = CorridorSim.Reporting.Charts.SweepCharts.Build([Key], Points().Select(p => p.Point).ToList());

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
