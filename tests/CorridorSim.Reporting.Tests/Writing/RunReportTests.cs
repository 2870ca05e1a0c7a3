using System.Text.RegularExpressions;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Folders;
using CorridorSim.Reporting.Tables;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class RunReportTests(WrittenRun written) : IClassFixture<WrittenRun>
{
    [Fact]
    public void Write_TinyCorridor_WritesEveryResultFile()
    {
        var folder = written.Folder;

        Assert.Equal(
            [ResultFolder.MarkerName, "bottlenecks.csv", "charts", "consignments.parquet", "manifest.json", "monthly.csv", "nodes.csv", "ports.csv", "replications.csv", "report.html", "report.md",
                "sailings.csv", "scenario.resolved.yaml", "stages.parquet", "summary.csv", "timeseries.parquet", "trains.csv"],
            TempFolder.EntriesOf(folder));
        Assert.Equal(["map.png", "monthly-tonnes.png", "queues.png", "transit-by-group.png", "transit-days.png", "utilisation.png"], TempFolder.EntriesOf(Path.Combine(folder, "charts")));
    }

    [Fact]
    public void Write_ConsignmentsNone_WritesNoPerConsignmentTables()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("run");

        RunReport.Write(folder, SampleRun.Run(), SampleRun.Context(ConsignmentRecording.None));

        Assert.DoesNotContain("consignments.parquet", TempFolder.EntriesOf(folder));
        Assert.DoesNotContain("stages.parquet", TempFolder.EntriesOf(folder));
        Assert.Equal(NamesOf(ResultFiles.WrittenBy(ResultCommand.Run, withConsignments: false)), TempFolder.EntriesOf(folder));
    }

    [Fact]
    public void Write_WithConsignments_WritesExactlyWhatResultFilesListsForARun()
    {
        Assert.Equal(NamesOf(ResultFiles.WrittenBy(ResultCommand.Run, withConsignments: true)), TempFolder.EntriesOf(written.Folder));
    }

    private static IReadOnlyList<string> NamesOf(IEnumerable<ResultFile> files) => files.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Write_EveryChart_IsAValidPng()
    {
        Assert.All(Directory.GetFiles(Path.Combine(written.Folder, "charts")), png => Assert.True(Png.IsPng(png), png));
    }

    [Fact]
    public void Write_SameInputsTwice_CsvAndParquetFilesAreByteIdentical()
    {
        using var temp = new TempFolder();
        RunReport.Write(temp.Combine("again"), SampleRun.Run(), SampleRun.Context());

        var files = Directory.GetFiles(written.Folder, "*.csv").Concat(Directory.GetFiles(written.Folder, "*.parquet"))
            .Select(Path.GetFileName).OfType<string>().Append("report.md").ToList();
        Assert.Equal(12, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(written.PathOf(file)), File.ReadAllBytes(temp.Combine("again", file)));
        }
    }

    [Fact]
    public void Write_TextFiles_HaveNoByteOrderMarkAndOnlyLineFeeds()
    {
        foreach (var file in Directory.GetFiles(written.Folder).Where(f => !f.EndsWith(".parquet", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    [Fact]
    public void Report_KpiTable_NumbersAreTheSummaryCsvValues()
    {
        var folder = written.Folder;

        var table = ReportTables.Rows(File.ReadAllText(Path.Combine(folder, "report.md")), "KPI");
        var csv = CsvText.Records(Path.Combine(folder, "summary.csv"));

        Assert.Equal(csv.Count, table.Count);
        foreach (var (row, record) in table.Zip(csv))
        {
            Assert.Equal(record["kpi"], row[0]);
            Assert.Equal(record["unit"], row[1]);
            ReportTables.AssertSameNumber(record["mean"], row[2]);
            ReportTables.AssertSameNumber(record["ci95_low"], row[3]);
            ReportTables.AssertSameNumber(record["ci95_high"], row[4]);
            ReportTables.AssertSameNumber(record["min"], row[5]);
            ReportTables.AssertSameNumber(record["max"], row[6]);
            Assert.Equal(record["replications"], row[7]);
        }
    }

    [Fact]
    public void Report_BottleneckTable_NumbersAreTheBottlenecksCsvValues()
    {
        var folder = written.Folder;

        var table = ReportTables.Rows(File.ReadAllText(Path.Combine(folder, "report.md")), "rank");
        var csv = CsvText.Records(Path.Combine(folder, "bottlenecks.csv"));

        Assert.Equal(csv.Count, table.Count);
        foreach (var (row, record) in table.Zip(csv))
        {
            Assert.Equal([record["rank"], record["cause"]], row[..2]);
            Assert.Equal([record["facility"], record["kind"]], row[3..5]);
            ReportTables.AssertSameNumber(record["consignment_hours"], row[5]);
            ReportTables.AssertSameNumber(record["tonne_hours"], row[6]);
            ReportTables.AssertSameNumber(record["share"], row[7]);
            ReportTables.AssertSameNumber(record["utilisation"], row[8]);
            ReportTables.AssertSameNumber(record["closure_hours"], row[9]);
        }
    }

    [Fact]
    public void Report_Answer_ComesFirstAndQuotesTheCsvValues()
    {
        var folder = written.Folder;
        var report = File.ReadAllText(Path.Combine(folder, "report.md"));
        var summary = CsvText.Records(Path.Combine(folder, "summary.csv")).ToDictionary(r => r["kpi"], r => CsvText.Number(r["mean"]));
        var top = CsvText.Records(Path.Combine(folder, "bottlenecks.csv"))[0];

        var answer = report[report.IndexOf("## The answer", StringComparison.Ordinal)..report.IndexOf("## Key performance indicators", StringComparison.Ordinal)];

        Assert.True(report.IndexOf("## The answer", StringComparison.Ordinal) < report.IndexOf("## Key performance", StringComparison.Ordinal));
        Assert.Contains($"Delivered {ReportNumber.Format(summary["delivered_tonnes_per_year"])} tonnes a year", answer);
        Assert.Contains("4,212,346", answer);
        Assert.Contains($"demand of {ReportNumber.Format(summary["demand_tonnes_per_year"])} tonnes", answer);
        Assert.Contains($"{ReportNumber.Percent(summary["delivered_share"])} of demand", answer);
        Assert.Contains($"at most {ReportNumber.Format(summary["transit_days_p50"])} days", answer);
        Assert.Contains($"at most {ReportNumber.Format(summary["transit_days_p95"])} days", answer);
        Assert.Contains($"Cargo waits most for Baku port's ferry berths, {ReportNumber.Percent(CsvText.Number(top["utilisation"]))} busy: "
            + $"{ReportNumber.Percent(CsvText.Number(top["share"]))} of all consignment-hours spent waiting are charged to it.", answer);
    }

    [Fact]
    public void Report_ChartLinks_PointToTheChartFiles()
    {
        var folder = written.Folder;
        var report = File.ReadAllText(Path.Combine(folder, "report.md"));

        var links = Regex.Matches(report, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();

        // The map, then the five charts of RunCharts
        Assert.Equal(6, links.Count);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(folder, link)), link));
    }

    [Fact]
    public void Report_Reproduce_NamesCommandSeedAndReplications()
    {
        var folder = written.Folder;
        var report = File.ReadAllText(Path.Combine(folder, "report.md"));

        var reproduce = report[report.IndexOf("## How to reproduce", StringComparison.Ordinal)..];

        Assert.Contains("corridorsim run scenarios/tiny.yaml --seed 42", reproduce);
        Assert.Contains("Seed 42, 2 replications, 2 threads", reproduce);
        Assert.Contains("corridorsim run scenario.resolved.yaml --seed 42 --replications 2 --consignments first", reproduce);
    }

    [Fact]
    public void Headline_TinyCorridor_IsAFewPlainLinesWithTheCsvNumbers()
    {
        var headline = RunReport.Headline(SampleRun.Run());

        var lines = headline.Split('\n');
        Assert.InRange(lines.Length, 3, 6);
        Assert.StartsWith("tiny-corridor (2 replications)", lines[0]);
        Assert.Contains("Delivered 4,212,346 tonnes a year against a demand of 4,500,000 tonnes a year: 93.6% of demand", headline);
        Assert.Contains("keeps up with its demand", headline);
        Assert.Contains("Cargo waits most for Baku port's ferry berths", headline);
        Assert.DoesNotContain("**", headline);
        Assert.DoesNotContain("|", headline);
    }

    [Fact]
    public void Write_Cancelled_StopsWithOperationCanceled()
    {
        using var temp = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RunReport.Write(temp.Combine("run"), SampleRun.Run(), SampleRun.Context(), cancellation.Token));
    }
}
