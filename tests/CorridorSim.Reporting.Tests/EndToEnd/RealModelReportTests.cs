using CorridorSim.Experiments;
using CorridorSim.Reporting.Folders;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.EndToEnd;

/// <summary>
/// The reporting library on the real corridor model: a tiny corridor (milliseconds per replication)
/// run through the experiment runner and written into result folders as the command line will.
/// </summary>
public class RealModelReportTests
{
    private static readonly ExperimentRunner Runner = new();

    [Fact]
    public void RunReport_TinyCorridor_WritesAConsistentFolderInPlace()
    {
        // Given
        using var temp = new TempFolder();
        var result = Runner.Run(TinyCorridor.FerryLine(horizonDays: 60, warmupDays: 10, replications: 2).Build(), new ExperimentOptions(Threads: 2));
        var run = new ScenarioRun(result.Spec.Name, "name: tiny\n", result);

        // When
        string final;
        using (var folder = ResultFolder.ForScenario(temp.Path, run.Name, SampleRun.Context().StartedUtc))
        {
            RunReport.Write(folder.WorkingPath, run, SampleRun.Context());
            final = folder.Commit();
        }

        // Then
        Assert.Equal([run.Name], temp.Entries());
        var consignmentRows = ParquetText.Records(Path.Combine(final, "consignments.parquet")).Count(r => r["replication"] == "0");
        Assert.Equal(result.Replications[0].Consignments!.Count, consignmentRows);
        var bottlenecks = CsvText.Records(Path.Combine(final, "bottlenecks.csv"));
        Assert.Equal(1.0, bottlenecks.Sum(b => CsvText.Number(b["share"])), 9);
        Assert.All(Directory.GetFiles(Path.Combine(final, "charts")), png => Assert.True(Png.IsPng(png)));
        var report = File.ReadAllText(Path.Combine(final, "report.md"));
        var top = CorridorSim.Reporting.Bottlenecks.BottleneckRanking.Rank(result)[0];
        Assert.Equal((top.Cause.Label, top.Facility), (bottlenecks[0]["cause"], bottlenecks[0]["facility"]));
        Assert.Contains($"Cargo waits most for {top.Cause.Words()}", report);
    }

    [Fact]
    public void RunReport_OneThreadOrTwo_CsvFilesAreByteIdentical()
    {
        using var temp = new TempFolder();
        var spec = TinyCorridor.FerryLine(horizonDays: 40, warmupDays: 5, replications: 3).Build();

        foreach (var threads in new[] { 1, 2 })
        {
            var result = Runner.Run(spec, new ExperimentOptions(Threads: threads, Consignments: ConsignmentRecording.All));
            RunReport.Write(temp.Combine($"threads-{threads}"), new ScenarioRun(spec.Name, "name: tiny\n", result), SampleRun.Context(ConsignmentRecording.All) with { Threads = threads });
        }

        foreach (var csv in Directory.GetFiles(temp.Combine("threads-1"), "*.csv").Select(Path.GetFileName).OfType<string>())
        {
            Assert.Equal(File.ReadAllBytes(temp.Combine("threads-1", csv)), File.ReadAllBytes(temp.Combine("threads-2", csv)));
        }
    }

    [Fact]
    public void CompareAndSweep_ExperimentRunnerResults_WriteEveryPart()
    {
        using var temp = new TempFolder();
        IReadOnlyList<Corridor.Spec.CorridorSpec> specs = [TinyCorridor.FerryLine(ferries: 1, horizonDays: 40, warmupDays: 5, replications: 2).Build(), TinyCorridor.FerryLine(ferries: 3, horizonDays: 40, warmupDays: 5, replications: 2).Build()];
        var options = new ExperimentOptions(Threads: 2, Consignments: ConsignmentRecording.None);

        var comparison = Runner.Compare(specs, options);
        CompareReport.Write(temp.Combine("compare"), comparison, ["name: one\n", "name: three\n"], SampleRun.Context(ConsignmentRecording.None));
        var sweep = Runner.Sweep(
            SweepGrid.Parse(["sea_services.aktau_alat_ferry.vessels=1,2"]),
            settings => TinyCorridor.FerryLine(ferries: int.Parse(settings[0].Value, System.Globalization.CultureInfo.InvariantCulture), horizonDays: 40, warmupDays: 5, replications: 2).Build(),
            options);
        SweepReport.Write(temp.Combine("sweep"), "tiny", sweep, ["a: 1\n", "a: 2\n"], SampleRun.Context(ConsignmentRecording.None));

        Assert.Equal([ResultFolder.MarkerName, "charts", "comparison.csv", "manifest.json", "report.html", "report.md", "tiny_1_ferries", "tiny_3_ferries"], TempFolder.EntriesOf(temp.Combine("compare")));
        Assert.Equal([ResultFolder.MarkerName, "charts", "manifest.json", "point-00", "point-01", "report.html", "report.md", "sweep.csv"], TempFolder.EntriesOf(temp.Combine("sweep")));
        Assert.Throws<ArgumentException>(() => CompareReport.RunsOf(comparison, ["only one\n"]));
    }
}
