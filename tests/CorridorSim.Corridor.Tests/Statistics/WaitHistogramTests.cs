using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Tests.Statistics;

public class WaitHistogramTests
{
    [Fact]
    public void Quantile_LogNormalWaits_WithinOnePercentOfTheExactQuantile()
    {
        var variate = new Variate(DistributionSpec.LogNormal(60, 40), new RandomStreams(3, 0).Stream("waits"));
        var waits = Enumerable.Range(0, 100_000).Select(_ => variate.Next()).ToArray();
        var histogram = new WaitHistogram();
        foreach (var w in waits)
        {
            histogram.Add(w, 1);
        }

        var exact = Quantiles.Of(waits, 0.5, 0.95);

        Assert.Equal(exact[0], histogram.Quantile(0.5), exact[0] * 0.01);
        Assert.Equal(exact[1], histogram.Quantile(0.95), exact[1] * 0.01);
        Assert.Equal(waits.Average(), histogram.Mean, 1e-9);
    }

    [Fact]
    public void Quantile_MostlyZeroWaits_IsZeroBelowTheirShare()
    {
        var histogram = new WaitHistogram();
        histogram.Add(0, 90);
        histogram.Add(10, 10);

        Assert.Equal(0, histogram.Quantile(0.5));
        Assert.Equal(10, histogram.Quantile(0.95), 0.15);
        Assert.Equal(1, histogram.Mean, 12);
        Assert.Equal(100, histogram.Sum, 12);
    }

    [Fact]
    public void Quantile_Empty_IsZero()
    {
        Assert.Equal(0, new WaitHistogram().Quantile(0.95));
    }
}
