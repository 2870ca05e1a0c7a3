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
        Assert.Equal(measurement.OneThread / measurement.TwoThreads, measurement.Speedup, 12);
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
    public void Speedup_IsTheMedianOfTheRoundsRatios_NotTheRatioOfTheFastestTimes()
    {
        // Given three rounds whose ratios are 2.0, 1.5 and 3.0 (the fastest times, 1 s and 0.5 s, come from different rounds)
        var measurement = new ScalingMeasurement(30,
            [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1)],
            [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.0 / 3)],
            ResultsIdentical: true);

        // Then the speed-up is the middle ratio, and the times are the medians
        Assert.Equal(2.0, measurement.Speedup, 12);
        Assert.Equal(TimeSpan.FromSeconds(1.5), measurement.OneThread);
        Assert.Equal(TimeSpan.FromSeconds(1), measurement.TwoThreads);
    }

    [Fact]
    public void Measure_ZeroRounds_ThrowsExperimentArgumentException()
    {
        Assert.Throws<ExperimentArgumentException>(
            () => ParallelScaling.Measure(TestSpecs.Empty(), 2, rounds: 0, runner: new ExperimentRunner(new FakeModel().Run)));
    }
}
