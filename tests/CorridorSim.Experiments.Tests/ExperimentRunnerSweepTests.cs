using System.Globalization;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class ExperimentRunnerSweepTests
{
    private static CorridorSpec HorizonAt(IReadOnlyList<KeyValuePair<string, string>> settings) =>
        TestSpecs.Empty(
            name: string.Join("_", settings.Select(s => s.Value)),
            replications: 3,
            horizonDays: settings.Sum(s => double.Parse(s.Value, CultureInfo.InvariantCulture)));

    [Fact]
    public void Sweep_TwoKeys_EachPointRunWithItsSettingsInGridOrder()
    {
        // Given a model that reports its horizon, and points whose horizon is the sum of their settings
        var grid = SweepGrid.Parse(["a=100,200", "b=1,2,3"]);

        // When the sweep runs on two threads
        var sweep = new ExperimentRunner(new FakeModel { MaxSleepMilliseconds = 3 }.Run)
            .Sweep(grid, HorizonAt, new ExperimentOptions(Threads: 2));

        // Then each point ran its own scenario, in grid order
        Assert.Equal(Enumerable.Range(0, 6), sweep.Points.Select(p => p.Point));
        Assert.Equal(
            [101.0, 102, 103, 201, 202, 203],
            sweep.Points.Select(p => p.Result.Summary.Single(k => k.Kpi == "horizon_days").Mean));
        Assert.All(sweep.Points, p => Assert.Equal(3, p.Result.Replications.Count));
        Assert.Equal(grid.Points, sweep.Points.Select(p => p.Settings));
    }

    [Fact]
    public void Sweep_ReplicationsOption_AppliesToEveryPoint()
    {
        var model = new FakeModel();

        new ExperimentRunner(model.Run).Sweep(SweepGrid.Parse(["a=1,2"]), HorizonAt, new ExperimentOptions(Replications: 2));

        Assert.Equal(4, model.Calls.Count);
    }

    [Fact]
    public void Sweep_SpecAtThrows_SameExceptionBeforeAnyReplication()
    {
        // Given a loader that rejects the second point's value
        var model = new FakeModel();
        var rejected = new FormatException("vessels: 'many' is not a whole number");
        CorridorSpec Load(IReadOnlyList<KeyValuePair<string, string>> settings) =>
            settings[0].Value == "many" ? throw rejected : HorizonAt([new("a", "1")]);

        // When the sweep is asked for
        var thrown = Assert.Throws<FormatException>(
            () => new ExperimentRunner(model.Run).Sweep(SweepGrid.Parse(["vessels=4,many"]), Load));

        // Then the loader's exception arrives as it was, and nothing ran
        Assert.Same(rejected, thrown);
        Assert.Empty(model.Calls);
    }

    [Fact]
    public void ToTable_TwoKeys_HeaderAndOneRowPerPointAndKpi()
    {
        var sweep = new ExperimentRunner(new FakeModel().Run).Sweep(SweepGrid.Parse(["a=100,200", "b=1"]), HorizonAt);

        var table = sweep.ToTable();

        Assert.Equal(["point", "a", "b", "kpi", "unit", "mean", "ci95_low", "ci95_high"], table.Columns);
        Assert.Equal(
            [
                (0, "100 1", "transit_days_mean"), (0, "100 1", "horizon_days"), (0, "100 1", "replication"),
                (1, "200 1", "transit_days_mean"), (1, "200 1", "horizon_days"), (1, "200 1", "replication"),
            ],
            table.Rows.Select(r => (r.Point, string.Join(" ", r.Settings), r.Kpi)));
        var horizon = table.Rows.Single(r => r.Point == 1 && r.Kpi == "horizon_days");
        Assert.Equal(("days", 201.0, 201.0, 201.0), (horizon.Unit, horizon.Mean, horizon.Ci95Low, horizon.Ci95High));
    }
}
