namespace CorridorSim.Kernel.Tests;

public class QuantileTests
{
    [Theory]
    [InlineData(0.5, 2.5)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    [InlineData(0.25, 1.75)]
    public void OfSorted_FourValues_InterpolatesBetweenOrderStatistics(double p, double expected) =>
        Assert.Equal(expected, Quantile.OfSorted([1.0, 2.0, 3.0, 4.0], p), 12);

    [Fact]
    public void OfSorted_EmptySample_IsNaN() =>
        Assert.True(double.IsNaN(Quantile.OfSorted(Array.Empty<double>(), 0.5)));

    [Fact]
    public void OfSorted_List_AgreesWithTheArray()
    {
        List<double> values = [1.0, 3.0, 7.0, 8.0, 20.0];

        Assert.Equal(Quantile.OfSorted(values.ToArray(), 0.9), Quantile.OfSorted(values, 0.9));
    }
}
