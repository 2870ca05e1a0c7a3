using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class ParallelScalingTests
{
    [Fact]
    public void Measure_FakeModel_TimesBothThreadCountsOnTheSameResults()
    {
        // Given a fake whose replications sleep a little
        var model = new FakeModel { MaxSleepMilliseconds = 4 };

        // When six replications are timed on one and on two threads
        var measurement = ParallelScaling.Measure(TestSpecs.Empty(), 6, new ExperimentRunner(model.Run));

        // Then both times are measured, on identical results, and one warm-up replication ran before them
        Assert.Equal(6, measurement.Replications);
        Assert.True(measurement.OneThread > TimeSpan.Zero && measurement.TwoThreads > TimeSpan.Zero);
        Assert.Equal(measurement.OneThread / measurement.TwoThreads, measurement.Speedup);
        Assert.True(measurement.ResultsIdentical);
        Assert.Equal(13, model.Calls.Count);
        Assert.All(model.Calls, c => Assert.False(c.Options.RecordConsignments));
    }
}
