using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class ExperimentRunnerProgressTests
{
    [Fact]
    public void Run_ReplicationsTakeTwoSecondsEach_ReportsCountElapsedAndTimeLeft()
    {
        // Given a clock on which each replication takes two seconds
        var clock = new FakeClock();
        var model = new FakeModel();
        ReplicationResult Run(CorridorSpec spec, int replication, RunOptions options)
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            return model.Run(spec, replication, options);
        }

        var progress = new RecordingProgress();

        // When four replications run on one thread
        new ExperimentRunner(Run, clock).Run(TestSpecs.Empty(replications: 4), new ExperimentOptions(Threads: 1), progress);

        // Then it reports the start, then each replication with the time spent and the time left at that pace
        Assert.Equal(
            [
                new ExperimentProgress(0, 4, TimeSpan.Zero, null),
                new ExperimentProgress(1, 4, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6)),
                new ExperimentProgress(2, 4, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4)),
                new ExperimentProgress(3, 4, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(2)),
                new ExperimentProgress(4, 4, TimeSpan.FromSeconds(8), TimeSpan.Zero),
            ],
            progress.Reports);
    }

    [Fact]
    public void Run_TwoThreads_ReportedCountNeverGoesBack()
    {
        var progress = new RecordingProgress();

        new ExperimentRunner(new FakeModel { MaxSleepMilliseconds = 5 }.Run)
            .Run(TestSpecs.Empty(replications: 20), new ExperimentOptions(Threads: 2), progress);

        Assert.Equal(Enumerable.Range(0, 21), progress.Reports.Select(p => p.ReplicationsDone));
        Assert.All(progress.Reports, p => Assert.Equal(20, p.ReplicationsTotal));
    }

    [Fact]
    public void Compare_TwoScenarios_OneProgressCountOverBoth()
    {
        var progress = new RecordingProgress();

        new ExperimentRunner(new FakeModel().Run).Compare(
            [TestSpecs.Empty("a", replications: 3), TestSpecs.Empty("b", replications: 3)], progress: progress);

        Assert.Equal(6, progress.Reports[^1].ReplicationsDone);
        Assert.Equal(1.0, progress.Reports[^1].Fraction);
    }
}
