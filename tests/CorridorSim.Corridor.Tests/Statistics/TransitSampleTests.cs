using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Tests.Statistics;

public sealed class TransitSampleTests
{
    [Fact]
    public void Add_FewerThanCapacity_KeepsEveryValueInOrder()
    {
        var sample = new TransitSample(capacity: 5, expected: 3, () => throw new InvalidOperationException("no draw needed"));

        foreach (var days in new[] { 3.0, 1.0, 2.0 }) sample.Add(days);

        Assert.Equal([3.0, 1.0, 2.0], sample.Values);
        Assert.Equal(2.0, sample.Mean);
    }

    [Fact]
    public void Add_ManyMoreThanCapacity_StaysAtCapacityWithTheExactCountAndMean()
    {
        // Given a sample of 1,000 values fed 100,000 transit times 0..99,999
        var sample = new TransitSample(capacity: 1_000, expected: 100_000, () => new Random(7));

        for (var i = 0; i < 100_000; i++) sample.Add(i);

        // Then it holds 1,000 of them, a uniform sample: their median is near the true one
        Assert.Equal(1_000, sample.Values.Count);
        Assert.Equal(100_000, sample.Count);
        Assert.Equal(49_999.5, sample.Mean, 6);
        var sorted = sample.Values.Order().ToList();
        Assert.InRange(sorted[500], 45_000, 55_000);
        Assert.Equal(1_000, sample.Values.Distinct().Count());
    }

    [Fact]
    public void Add_SameStreamTwice_KeepsTheSameValues()
    {
        var a = new TransitSample(100, 10_000, () => new Random(11));
        var b = new TransitSample(100, 10_000, () => new Random(11));

        for (var i = 0; i < 10_000; i++)
        {
            a.Add(i * 0.5);
            b.Add(i * 0.5);
        }

        Assert.Equal(a.Values, b.Values);
    }
}
