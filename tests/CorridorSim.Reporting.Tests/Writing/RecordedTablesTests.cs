using CorridorSim.Experiments;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public sealed class RecordedTablesTests
{
    private static readonly string[] PerConsignment = ["consignments.parquet", "stages.parquet"];

    [Fact]
    public void Finished_RecordedReplication_WritesItsTablesBeforeTheFolderIsWritten()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("run");
        var run = SampleRun.Run();
        using var recorded = new RecordedTables(folder, SampleRun.Context(), CancellationToken.None);

        // When replication 1 ends nothing starts; when replication 0 ends its tables do
        recorded.Finished(run.Result.Replications[1]);
        Assert.False(recorded.Started);
        recorded.Finished(run.Result.Replications[0]);
        recorded.Finish();

        Assert.True(recorded.Started);
        Assert.Equal(PerConsignment, TempFolder.EntriesOf(folder));
    }

    [Fact]
    public void Write_WithTablesStartedEarly_EveryFileIsByteIdenticalToWritingThemAfterTheRun()
    {
        using var temp = new TempFolder();
        var run = SampleRun.Run();
        RunReport.Write(temp.Combine("after"), run, SampleRun.Context());

        var early = temp.Combine("early");
        using (var recorded = new RecordedTables(early, SampleRun.Context(), CancellationToken.None))
        {
            recorded.Finished(run.Result.Replications[0]);
            RunReport.Write(early, run, SampleRun.Context(), recorded: recorded);
        }

        var files = Directory.GetFiles(temp.Combine("after"), "*.csv").Concat(Directory.GetFiles(temp.Combine("after"), "*.parquet"))
            .Select(Path.GetFileName).OfType<string>().ToList();
        Assert.Superset(PerConsignment.ToHashSet(), files.ToHashSet());
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(temp.Combine("after"), file)).SequenceEqual(File.ReadAllBytes(Path.Combine(early, file))), file);
        }
    }

    [Theory]
    [InlineData(ConsignmentRecording.All)]
    [InlineData(ConsignmentRecording.None)]
    public void Finished_AnyOtherRecording_StartsNothing(ConsignmentRecording mode)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("run");
        using var recorded = new RecordedTables(folder, SampleRun.Context(mode), CancellationToken.None);

        recorded.Finished(SampleRun.Run().Result.Replications[0]);

        Assert.False(recorded.Started);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Finished_Twice_WritesTheTablesOnce()
    {
        using var temp = new TempFolder();
        var first = SampleRun.Run().Result.Replications[0];
        using var recorded = new RecordedTables(temp.Combine("run"), SampleRun.Context(), CancellationToken.None);

        recorded.Finished(first);
        recorded.Finished(first);

        recorded.Finish();
        Assert.Equal(PerConsignment, TempFolder.EntriesOf(temp.Combine("run")));
    }
}
