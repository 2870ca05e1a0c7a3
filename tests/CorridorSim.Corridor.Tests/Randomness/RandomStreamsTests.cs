using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Tests.Randomness;

public class RandomStreamsTests
{
    [Fact]
    public void DeriveReplicationSeed_SameInputs_SameSeedEveryTime()
    {
        // Pinned values: a change here breaks reproducibility of every recorded result.
        Assert.Equal(RandomStreams.DeriveReplicationSeed(42, 0), RandomStreams.DeriveReplicationSeed(42, 0));
        Assert.NotEqual(RandomStreams.DeriveReplicationSeed(42, 0), RandomStreams.DeriveReplicationSeed(42, 1));
        Assert.NotEqual(RandomStreams.DeriveReplicationSeed(42, 0), RandomStreams.DeriveReplicationSeed(43, 0));
        Assert.Equal(5006236285904387910UL, RandomStreams.DeriveReplicationSeed(42, 0));
    }

    [Fact]
    public void DeriveStreamSeed_DifferentNames_DifferentSeeds()
    {
        var seed = RandomStreams.DeriveReplicationSeed(42, 0);
        var names = new[] { "arrivals:a", "arrivals:b", "service:aktau", "service:kuryk", "sailing:aktau_alat", "storm:caspian" };

        var seeds = names.Select(n => RandomStreams.DeriveStreamSeed(seed, n)).ToList();

        Assert.Equal(names.Length, seeds.Distinct().Count());
    }

    [Fact]
    public void Stream_SameName_SameGeneratorAndReproducibleDraws()
    {
        var first = new RandomStreams(7, 3);
        var second = new RandomStreams(7, 3);

        Assert.Same(first.Stream("arrivals:ore"), first.Stream("arrivals:ore"));
        Assert.Equal(
            Enumerable.Range(0, 5).Select(_ => first.Stream("arrivals:ore").NextDouble()),
            Enumerable.Range(0, 5).Select(_ => second.Stream("arrivals:ore").NextDouble()));
    }

    [Fact]
    public void Stream_DrawsOnOneStream_LeaveAnotherUnchanged()
    {
        var quiet = new RandomStreams(7, 0);
        var busy = new RandomStreams(7, 0);
        for (var i = 0; i < 1000; i++)
        {
            busy.Stream("service:aktau").NextDouble();
        }

        Assert.Equal(quiet.Stream("arrivals:ore").NextDouble(), busy.Stream("arrivals:ore").NextDouble());
    }

    [Theory]
    [InlineData(70, 40)]
    [InlineData(8, 1)]
    public void Variate_LogNormalByMeanAndSd_HasThatMeanAndSd(double mean, double sd)
    {
        var variate = new Variate(DistributionSpec.LogNormal(mean, sd), new RandomStreams(1, 0).Stream("test"));

        var draws = Enumerable.Range(0, 200_000).Select(_ => variate.Next()).ToList();

        var sampleMean = draws.Average();
        var sampleSd = Math.Sqrt(draws.Sum(x => (x - sampleMean) * (x - sampleMean)) / (draws.Count - 1));
        Assert.Equal(mean, sampleMean, mean * 0.01);
        Assert.Equal(sd, sampleSd, sd * 0.03);
    }

    [Fact]
    public void Variate_Triangular_StaysWithinItsBoundsWithTheRightMean()
    {
        var variate = new Variate(DistributionSpec.Triangular(6, 8, 12), new RandomStreams(1, 0).Stream("test"));

        var draws = Enumerable.Range(0, 100_000).Select(_ => variate.Next()).ToList();

        Assert.All(draws, x => Assert.InRange(x, 6, 12));
        Assert.Equal(26.0 / 3, draws.Average(), 0.03);
    }

    [Fact]
    public void Variate_Empirical_DrawsValuesByTheirWeights()
    {
        var spec = new DistributionSpec { Kind = DistributionKind.Empirical, Values = [24, 48, 120], Weights = [1, 2, 1] };
        var variate = new Variate(spec, new RandomStreams(1, 0).Stream("test"));

        var draws = Enumerable.Range(0, 40_000).Select(_ => variate.Next()).ToList();

        Assert.Equal(0.5, draws.Count(x => x == 48) / 40_000.0, 0.01);
        Assert.Equal(60, variate.Mean, 9);
    }

    [Fact]
    public void Variate_NormalNearZero_NeverNegative()
    {
        var variate = new Variate(DistributionSpec.Normal(1, 5), new RandomStreams(1, 0).Stream("test"));

        Assert.All(Enumerable.Range(0, 10_000).Select(_ => variate.Next()), x => Assert.True(x >= 0));
    }
}
