using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class KpiSummaryTests
{
    [Fact]
    public void Run_EightReplications_SummaryMatchesHandComputedInterval()
    {
        // Given replications whose KPI takes the values 2, 4, 4, 4, 5, 5, 7, 9
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];
        ReplicationResult Run(CorridorSpec spec, int replication, RunOptions options) =>
            FakeModel.Result(replication, 0, [new KpiValue("transit_days_mean", "days", values[replication])]);

        // When the experiment runs
        var summary = Assert.Single(new ExperimentRunner(Run).Run(TestSpecs.Empty(replications: 8)).Summary);

        // Then its row is mean ± t(0.975; 7) · s / √8, with the range and count
        var halfWidth = 2.3646242515927849 * Math.Sqrt(32.0 / 7.0) / Math.Sqrt(8);
        Assert.Equal(("transit_days_mean", "days", 2.0, 9.0, 8), (summary.Kpi, summary.Unit, summary.Min, summary.Max, summary.Replications));
        Assert.Equal(5.0, summary.Mean, 12);
        Assert.Equal(5.0 - halfWidth, summary.Ci95Low, 9);
        Assert.Equal(5.0 + halfWidth, summary.Ci95High, 9);
    }

    [Fact]
    public void Run_OneReplication_NaNBoundsAndRangeIsTheValue()
    {
        var result = new ExperimentRunner(new FakeModel().Run).Run(TestSpecs.Empty(replications: 1));

        Assert.All(result.Summary, s =>
        {
            Assert.True(double.IsNaN(s.Ci95Low));
            Assert.True(double.IsNaN(s.Ci95High));
            Assert.Equal(s.Mean, s.Min);
            Assert.Equal(s.Mean, s.Max);
            Assert.Equal(1, s.Replications);
        });
    }

    [Fact]
    public void Run_Summary_InTheFirstReplicationsKpiOrder()
    {
        var result = new ExperimentRunner(new FakeModel().Run).Run(TestSpecs.Empty(replications: 3));

        Assert.Equal(["transit_days_mean", "horizon_days", "replication"], result.Summary.Select(s => s.Kpi));
    }
}
