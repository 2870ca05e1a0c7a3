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
        var measurement = ParallelScaling.Measure(TestSpecs.Empty(), 6, runner: new ExperimentRunner(model.Run));

        // Then both times are measured, on identical results, after four untimed replications
        Assert.Equal((6, 1), (measurement.Replications, measurement.Rounds));
        Assert.True(measurement.OneThread > TimeSpan.Zero && measurement.TwoThreads > TimeSpan.Zero);
        Assert.Equal(measurement.OneThread / measurement.TwoThreads, measurement.Speedup);
        Assert.True(measurement.ResultsIdentical);
        Assert.Equal(ParallelScaling.WarmupReplications + 12, model.Calls.Count);
        Assert.All(model.Calls, c => Assert.False(c.Options.RecordConsignments));
    }

    [Fact]
    public void Measure_ThreeRounds_RunsEachThreadCountThreeTimes()
    {
        var model = new FakeModel();

        var measurement = ParallelScaling.Measure(TestSpecs.Empty(), 2, rounds: 3, runner: new ExperimentRunner(model.Run));

        Assert.Equal(3, measurement.Rounds);
        Assert.Equal(2 + (3 * 2 * 2), model.Calls.Count);
    }

    [Fact]
    public void Measure_ZeroRounds_ThrowsExperimentArgumentException()
    {
        Assert.Throws<ExperimentArgumentException>(
            () => ParallelScaling.Measure(TestSpecs.Empty(), 2, rounds: 0, runner: new ExperimentRunner(new FakeModel().Run)));
    }
}
