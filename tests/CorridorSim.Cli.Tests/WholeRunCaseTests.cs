using CorridorSim.Benchmarks;

namespace CorridorSim.Cli.Tests;

/// <summary>The whole-run benchmark's figures: medians of the rounds, and ratios taken round by round.</summary>
public sealed class WholeRunCaseTests
{
    [Fact]
    public void MedianRatioTo_IsTheMiddleOfTheRoundsRatios_NotTheRatioOfTheMedians()
    {
        // Given two cases timed in three rounds, the machine slow in the second round
        var one = new WholeRunCase(["--threads", "1"], [4.0, 8.0, 4.4]);
        var two = new WholeRunCase(["--threads", "2"], [2.0, 6.0, 2.0]);

        // Then the medians are the middle rounds, and the ratio is the middle of 0.5, 0.75 and 0.4545…
        Assert.Equal(4.4, one.MedianSeconds);
        Assert.Equal(2.0, two.MedianSeconds);
        Assert.Equal(0.5, two.MedianRatioTo(one), 12);
    }

    [Fact]
    public void MedianSeconds_EvenNumberOfRounds_IsTheMeanOfTheMiddleTwo()
    {
        Assert.Equal(3.0, new WholeRunCase([], [1.0, 2.0, 4.0, 9.0]).MedianSeconds, 12);
    }
}
