namespace CorridorSim.Experiments.Tests;

public sealed class ConfidenceIntervalTests
{
    // Student-t quantiles t(0.975; df) from printed tables.
    private const double T4 = 2.7764451051977987;
    private const double T7 = 2.3646242515927849;
    private const double T8 = 2.3060041352041671;

    [Fact]
    public void ForMean_EightValues_MatchesHandComputedStudentInterval()
    {
        // Given values with mean 5 and sample variance 32/7
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];

        // When the interval is computed
        var interval = ConfidenceInterval.ForMean(values);

        // Then it is mean ± t(0.975; 7) · s / √n
        var halfWidth = T7 * Math.Sqrt(32.0 / 7.0) / Math.Sqrt(8);
        Assert.Equal(5.0, interval.Estimate, 12);
        Assert.Equal(5.0 - halfWidth, interval.Low, 9);
        Assert.Equal(5.0 + halfWidth, interval.High, 9);
    }

    [Fact]
    public void ForMean_OneValue_NaNBounds()
    {
        var interval = ConfidenceInterval.ForMean([3.5]);

        Assert.Equal(3.5, interval.Estimate);
        Assert.True(double.IsNaN(interval.Low));
        Assert.True(double.IsNaN(interval.High));
        Assert.False(interval.ExcludesZero);
    }

    [Fact]
    public void ForMean_IdenticalValues_IntervalIsThePoint()
    {
        var interval = ConfidenceInterval.ForMean([2, 2, 2]);

        Assert.Equal(new ConfidenceInterval(2, 2, 2), interval);
        Assert.True(interval.ExcludesZero);
    }

    [Fact]
    public void ForPairedDifference_FivePairs_MatchesHandComputedIntervalOfDifferences()
    {
        // Given pairs whose differences are 1, 2, 0, 2, 1 (mean 1.2, variance 0.7)
        double[] baseline = [1, 2, 3, 4, 5];
        double[] variant = [2, 4, 3, 6, 6];

        var interval = ConfidenceInterval.ForPairedDifference(baseline, variant);

        var halfWidth = T4 * Math.Sqrt(0.7 / 5);
        Assert.Equal(1.2, interval.Estimate, 12);
        Assert.Equal(1.2 - halfWidth, interval.Low, 9);
        Assert.Equal(1.2 + halfWidth, interval.High, 9);
        Assert.True(interval.ExcludesZero);
    }

    [Fact]
    public void ForPairedDifference_UnequalCounts_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.ForPairedDifference([1, 2], [1, 2, 3]));
    }

    [Fact]
    public void ForWelchDifference_EqualVariances_UsesPooledDegreesOfFreedom()
    {
        // Given two samples of five with variance 2.5 each: standard error 1, Welch df = 8
        double[] baseline = [1, 2, 3, 4, 5];
        double[] variant = [3, 4, 5, 6, 7];

        var interval = ConfidenceInterval.ForWelchDifference(baseline, variant);

        Assert.Equal(2.0, interval.Estimate, 12);
        Assert.Equal(2.0 - T8, interval.Low, 9);
        Assert.Equal(2.0 + T8, interval.High, 9);
        Assert.False(interval.ExcludesZero);
    }
}
