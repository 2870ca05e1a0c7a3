using CorridorSim.Corridor.Statistics;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Tests.Statistics;

public sealed class QuantilesTests
{
    public static TheoryData<int, int> Samples => new()
    {
        { 1, 1 }, { 2, 2 }, { 3, 3 }, { 10, 4 }, { 101, 5 }, { 1_000, 6 }, { 65_537, 7 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Of_AnySample_EqualsTheSortedSampleQuantilesBitForBit(int count, int seed)
    {
        // Given a sample with many repeated values (rounded to a tenth), in random order
        var random = new Random(seed);
        var sample = new ChunkedList<double>();
        for (var i = 0; i < count; i++) sample.Add(Math.Round(random.NextDouble() * 30, 1));
        double[] p = [0.0, 0.05, 0.5, 0.95, 0.999, 1.0];

        // When the quantiles are found by selection
        var selected = Quantiles.Of(sample, p);

        // Then they are exactly what sorting and interpolating gives, and the sample is untouched
        var sorted = sample.Order().ToArray();
        Assert.Equal(p.Select(q => Quantile.OfSorted(sorted, q)), selected);
        Assert.Equal(count, sample.Count);
    }

    [Fact]
    public void Of_EmptySample_IsNaN()
    {
        Assert.All(Quantiles.Of(new List<double>(), 0.5, 0.95), q => Assert.True(double.IsNaN(q)));
    }

    [Fact]
    public void Select_SortedAndReversedInput_FindsEveryOrderStatistic()
    {
        var ascending = Enumerable.Range(0, 500).Select(i => (double)i).ToArray();
        for (var k = 0; k < ascending.Length; k += 37)
        {
            Assert.Equal(k, OrderStatistic.Select(ascending.ToArray(), k));
            Assert.Equal(k, OrderStatistic.Select(ascending.Reverse().ToArray(), k));
        }
    }

    [Fact]
    public void Select_NaNInTheSample_OrdersItFirstAsArraySortDoes()
    {
        double[] values = [3.0, double.NaN, 1.0, 2.0];

        Assert.True(double.IsNaN(OrderStatistic.Select(values.ToArray(), 0)));
        Assert.Equal(1.0, OrderStatistic.Select(values.ToArray(), 1));
        Assert.Equal(3.0, OrderStatistic.Select(values.ToArray(), 3));
    }
}
