namespace CorridorSim.Kernel.Tests;

public class TallyTests
{
    [Fact]
    public void Statistics_KnownSample_MatchDirectFormulas()
    {
        var tally = new Tally();
        var values = new[] { 2.0, 4, 4, 4, 5, 5, 7, 9 };

        foreach (var v in values)
        {
            tally.Add(v);
        }

        Assert.Equal(8, tally.Count);
        Assert.Equal(5, tally.Mean, 12);
        Assert.Equal(32.0 / 7, tally.Variance, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), tally.StdDev, 12);
        Assert.Equal(2, tally.Min);
        Assert.Equal(9, tally.Max);
        Assert.Equal(40, tally.Sum);
    }

    [Fact]
    public void Welford_LargeOffset_VarianceStaysAccurate()
    {
        // Given values 1e9 + {0, 1, 2}: the naive sum-of-squares formula loses every digit here
        var tally = new Tally();
        foreach (var v in new[] { 1e9, 1e9 + 1, 1e9 + 2 })
        {
            tally.Add(v);
        }

        Assert.Equal(1, tally.Variance, 9);
    }

    [Fact]
    public void Quantile_KeptSamples_InterpolatesLinearly()
    {
        var tally = new Tally(keepSamples: true);
        foreach (var v in new[] { 4.0, 1, 3, 2 })
        {
            tally.Add(v);
        }

        Assert.Equal(1, tally.Quantile(0));
        Assert.Equal(2.5, tally.Quantile(0.5), 12);
        Assert.Equal(3.25, tally.Quantile(0.75), 12);
        Assert.Equal(4, tally.Quantile(1));
        Assert.Equal(new[] { 4.0, 1, 3, 2 }, tally.Samples.ToArray());
    }

    [Fact]
    public void Quantile_SamplesNotKept_Throws()
    {
        var tally = new Tally();
        tally.Add(1);

        Assert.Throws<InvalidOperationException>(() => tally.Quantile(0.5));
        Assert.Empty(tally.Samples);
    }

    [Fact]
    public void Reset_AfterWarmUp_ForgetsEarlierObservations()
    {
        var tally = new Tally(keepSamples: true);
        tally.Add(100);
        tally.Add(200);

        tally.Reset();
        tally.Add(3);

        Assert.Equal(1, tally.Count);
        Assert.Equal(3, tally.Mean);
        Assert.Equal(3, tally.Min);
        Assert.Equal(3, tally.Quantile(0.5));
    }

    [Fact]
    public void Active_False_IgnoresObservations()
    {
        var tally = new Tally();
        tally.Active = false;
        tally.Add(100);
        tally.Active = true;
        tally.Add(1);

        Assert.Equal(1, tally.Count);
        Assert.Equal(1, tally.Mean);
    }

    [Fact]
    public void Merge_TwoReplications_EqualsOneTallyOfAll()
    {
        var random = new TestRandom(3);
        var all = new Tally();
        var first = new Tally();
        var second = new Tally();
        for (var i = 0; i < 1000; i++)
        {
            var v = random.Exponential(2);
            all.Add(v);
            (i < 300 ? first : second).Add(v);
        }

        first.Merge(second);

        Assert.Equal(all.Count, first.Count);
        Assert.Equal(all.Mean, first.Mean, 12);
        Assert.Equal(all.Variance, first.Variance, 10);
        Assert.Equal(all.Min, first.Min);
        Assert.Equal(all.Max, first.Max);
    }

    [Fact]
    public void Mean_NoObservations_IsNaN()
    {
        var tally = new Tally();

        Assert.True(double.IsNaN(tally.Mean));
        Assert.Equal(0, tally.Variance);
    }
}
