using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class ExperimentRunnerCompareTests
{
    [Fact]
    public void Compare_SmallShiftOnSharedNoise_PairedIntervalMuchNarrowerAndSignificant()
    {
        // Given two scenarios sharing a noise of ±5 days and differing by 0.5 days
        var model = new FakeModel { Shifts = { ["variant"] = 0.5 }, SharedNoiseDays = 5, OwnNoiseDays = 0.1 };
        var specs = new[] { TestSpecs.Empty("baseline", replications: 10), TestSpecs.Empty("variant", replications: 10) };

        // When they are compared
        var comparison = new ExperimentRunner(model.Run).Compare(specs);

        // Then the paired interval is far narrower than the unpaired one, and excludes zero
        var paired = comparison.PairedDifference("transit_days_mean", 1);
        var unpaired = comparison.UnpairedDifference("transit_days_mean", 1);
        Assert.True(paired.HalfWidth * 10 < unpaired.HalfWidth, $"paired ±{paired.HalfWidth}, unpaired ±{unpaired.HalfWidth}");
        Assert.False(unpaired.ExcludesZero);
        var row = comparison.Rows.Single(r => r.Kpi == "transit_days_mean" && r.Scenario == "variant");
        Assert.True(row.Significant);
        Assert.Equal((paired.Estimate, paired.Low, paired.High), (row.DiffVsFirst, row.DiffCi95Low, row.DiffCi95High));
        Assert.InRange(row.DiffVsFirst, 0.4, 0.6);
    }

    [Fact]
    public void Compare_SameScenarioTwice_DifferenceNotSignificant()
    {
        var model = new FakeModel { OwnNoiseDays = 0.5 };

        var comparison = new ExperimentRunner(model.Run).Compare(
            [TestSpecs.Empty("a", replications: 10), TestSpecs.Empty("b", replications: 10)]);

        Assert.False(comparison.Rows.Single(r => r.Kpi == "transit_days_mean" && r.Scenario == "b").Significant);
    }

    [Fact]
    public void Compare_Rows_KpiOrderThenScenarioOrder()
    {
        var comparison = new ExperimentRunner(new FakeModel().Run).Compare(
            [TestSpecs.Empty("b"), TestSpecs.Empty("a"), TestSpecs.Empty("c")]);

        Assert.Equal(
            [
                ("transit_days_mean", "b"), ("transit_days_mean", "a"), ("transit_days_mean", "c"),
                ("horizon_days", "b"), ("horizon_days", "a"), ("horizon_days", "c"),
                ("replication", "b"), ("replication", "a"), ("replication", "c"),
            ],
            comparison.Rows.Select(r => (r.Kpi, r.Scenario)));
    }

    [Fact]
    public void Compare_FirstScenario_ZeroDifferenceNotSignificant()
    {
        var comparison = new ExperimentRunner(new FakeModel().Run).Compare([TestSpecs.Empty("a"), TestSpecs.Empty("b")]);

        Assert.All(comparison.Rows.Where(r => r.Scenario == "a"), r =>
            Assert.Equal((0.0, 0.0, 0.0, false), (r.DiffVsFirst, r.DiffCi95Low, r.DiffCi95High, r.Significant)));
    }

    [Fact]
    public void Compare_ScenariosWithOtherSeedsAndCounts_AllRunOnTheFirstsSeedAndCount()
    {
        // Given scenarios written with different seeds and replication counts
        var model = new FakeModel();
        var specs = new[] { TestSpecs.Empty("a", replications: 4, seed: 1), TestSpecs.Empty("b", replications: 9, seed: 2) };

        // When they are compared
        var comparison = new ExperimentRunner(model.Run).Compare(specs);

        // Then both ran replications 0..3 on seed 1, so the pairs share their random numbers
        Assert.All(comparison.Scenarios, s => Assert.Equal((1UL, 4), (s.Spec.Seed, s.Spec.Replications)));
        Assert.All(model.Calls, c => Assert.Equal(1UL, c.Spec.Seed));
        Assert.Equal(8, model.Calls.Count);
    }

    [Fact]
    public void Compare_OneScenario_ThrowsExperimentArgumentException()
    {
        Assert.Throws<ExperimentArgumentException>(() => new ExperimentRunner(new FakeModel().Run).Compare([TestSpecs.Empty()]));
    }

    [Fact]
    public void Compare_TwoScenariosWithOneName_ThrowsExperimentArgumentException()
    {
        var error = Assert.Throws<ExperimentArgumentException>(
            () => new ExperimentRunner(new FakeModel().Run).Compare([TestSpecs.Empty("same"), TestSpecs.Empty("same")]));

        Assert.Contains("'same'", error.Message);
    }
}
