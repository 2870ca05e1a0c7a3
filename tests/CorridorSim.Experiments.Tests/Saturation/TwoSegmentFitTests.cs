using CorridorSim.Experiments.Saturation;

namespace CorridorSim.Experiments.Tests.Saturation;

public class TwoSegmentFitTests
{
    private static readonly double[] Days = [.. Enumerable.Range(1, 300).Select(d => (double)d)];

    [Fact]
    public void Best_FlatThenRisingFromDay150_FindsDay150AndBothSlopes()
    {
        // Given 1,000 t held until day 150, then 40 t a day more
        var held = Days.Select(d => 1000 + (40 * Math.Max(0, d - 150))).ToArray();

        // When the two segments are fitted
        var fit = TwoSegmentFit.Best(Days, held, minSegmentDays: 30)!;

        // Then the change is at day 150, flat before and 40 t/day after, exactly
        Assert.Equal(150, fit.ChangeDay);
        Assert.Equal(0, fit.SlopeBefore, 9);
        Assert.Equal(40, fit.SlopeAfter, 9);
        Assert.Equal(1000, fit.Level, 6);
        Assert.Equal(0, fit.SquaredError, 3);
    }

    [Fact]
    public void Best_NoisyChange_FindsItWithinAWeek()
    {
        // Given the same shape with ±200 t of deterministic noise
        var held = Days.Select(d => 1000 + (40 * Math.Max(0, d - 120)) + (200 * Math.Sin(d * 1.7))).ToArray();

        var fit = TwoSegmentFit.Best(Days, held, minSegmentDays: 30)!;

        Assert.InRange(fit.ChangeDay, 113, 127);
        Assert.InRange(fit.SlopeAfter, 38, 42);
    }

    [Fact]
    public void Best_SeriesShorterThanTwoSegments_IsNull() =>
        Assert.Null(TwoSegmentFit.Best([.. Days.Take(50)], [.. Days.Take(50)], minSegmentDays: 30));
}
