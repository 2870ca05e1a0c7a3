using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Tests.Statistics;

public class BacklogSlopeTests
{
    [Fact]
    public void LeastSquaresSlope_PointsOnALine_IsTheLinesSlope() =>
        Assert.Equal(2.5, BacklogSlope.LeastSquaresSlope([0, 1, 2, 3, 4], [10, 12.5, 15, 17.5, 20]), 12);

    [Fact]
    public void LeastSquaresSlope_SymmetricNoise_IsTheSlopeOfTheMeans()
    {
        // Given 1, 3 | 3, 5 | 5, 7 about the line y = 2x + 2 at x = 0, 1, 2
        // Then the fit goes through the pairs' means: slope 2
        Assert.Equal(2, BacklogSlope.LeastSquaresSlope([0, 0, 1, 1, 2, 2], [1, 3, 3, 5, 5, 7]), 12);
    }

    [Fact]
    public void LeastSquaresSlope_OnePoint_IsNaN() => Assert.True(double.IsNaN(BacklogSlope.LeastSquaresSlope([1], [5])));

    [Fact]
    public void TonnesPerYear_HeldGrowingTenTonnesADay_Is3650TonnesAYear()
    {
        var held = Enumerable.Range(0, 100).Select(d => 500 + (10.0 * (d + 1))).ToList();

        Assert.Equal(3650, BacklogSlope.TonnesPerYear(held, warmupDays: 0), 9);
    }

    [Fact]
    public void TonnesPerYear_PipelineFillingInTheWarmup_LeavesTheWarmupOut()
    {
        // Given a pipeline that fills at 100 t a day for 20 days, then holds 2,000 t
        var held = Enumerable.Range(0, 100).Select(d => Math.Min(2000, 100.0 * (d + 1))).ToList();

        // Then over the window after a 20-day warm-up nothing grows
        Assert.Equal(0, BacklogSlope.TonnesPerYear(held, warmupDays: 20), 9);
        Assert.True(BacklogSlope.TonnesPerYear(held, warmupDays: 0) > 0);
    }
}
