using CorridorSim.Experiments.Batch;
using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class PlanSplitTests
{
    [Fact]
    public void Deal_SweepOfThreePointsIntoTwoShards_GivesItemsInTurnScenarioByScenario()
    {
        // Given three sweep points of two replications each
        var specs = Enumerable.Range(0, 3).Select(_ => TestSpecs.Empty(replications: 2)).ToList();

        // When they are dealt to two shards
        var shards = PlanSplit.Deal(ExperimentKind.Sweep, specs, ExperimentOptions.Default, 2);

        // Then items go to the shards in turn, point by point and replication by replication
        Assert.Equal([new(0, 0), new(1, 0), new(2, 0)], shards[0]);
        Assert.Equal([new(0, 1), new(1, 1), new(2, 1)], shards[1]);
    }

    [Fact]
    public void Deal_Compare_UsesTheFirstScenariosReplicationsForAll()
    {
        var specs = new[] { TestSpecs.Empty("a", replications: 3), TestSpecs.Empty("b", replications: 9) };

        var shards = PlanSplit.Deal(ExperimentKind.Compare, specs, ExperimentOptions.Default, 1);

        Assert.Equal([new(0, 0), new(0, 1), new(0, 2), new(1, 0), new(1, 1), new(1, 2)], shards.Single());
    }

    [Fact]
    public void Deal_HundredThousandItems_EveryItemInExactlyOneShardAndTheShardsEven()
    {
        // Given 2,000 sweep points of 50 replications: 100,000 work items
        var specs = Enumerable.Range(0, 2000).Select(_ => TestSpecs.Empty(replications: 50)).ToList();

        // When they are dealt to 7 shards
        var shards = PlanSplit.Deal(ExperimentKind.Sweep, specs, ExperimentOptions.Default, 7);

        // Then each item is in one shard and no shard has more than one item more than another
        var all = shards.SelectMany(s => s).ToList();
        Assert.Equal(100_000, all.Count);
        Assert.Equal(100_000, all.Distinct().Count());
        Assert.InRange(shards.Max(s => s.Count) - shards.Min(s => s.Count), 0, 1);
    }

    [Theory]
    [InlineData(0, "fewer than one shard")]
    [InlineData(5, "more shards than the 4 work items")]
    public void Deal_ShardCountOutOfRange_IsAnArgumentError(int shards, string problem)
    {
        var error = Assert.Throws<ExperimentArgumentException>(() =>
            PlanSplit.Deal(ExperimentKind.Run, [TestSpecs.Empty(replications: 4)], ExperimentOptions.Default, shards));

        Assert.StartsWith(problem, error.Problem);
    }
}
