namespace CorridorSim.Kernel.Tests;

public class TimeWeightedTests
{
    private static TimeWeighted Levels(Simulation simulation, params (double At, double Level)[] changes)
    {
        var monitor = new TimeWeighted(simulation);
        foreach (var (at, level) in changes)
        {
            simulation.Timeout(at).AddCallback(_ => monitor.Update(level));
        }

        return monitor;
    }

    [Fact]
    public void Mean_PiecewiseConstantLevel_IsExactTimeAverageUpToNow()
    {
        // Given level 0 on [0,2), 3 on [2,5), 1 on [5,10)
        var simulation = new Simulation();
        var monitor = Levels(simulation, (2, 3), (5, 1));

        // When
        simulation.Run(until: 10);

        // Then
        Assert.Equal(14, monitor.Integral, 12);
        Assert.Equal(1.4, monitor.Mean, 12);
        Assert.Equal(10, monitor.Duration, 12);
        Assert.Equal(3, monitor.Max);
        Assert.Equal(0, monitor.Min);
        Assert.Equal((27 + 5) / 10.0 - (1.4 * 1.4), monitor.Variance, 12);
    }

    [Fact]
    public void Mean_ReadMidRun_IncludesOpenPiece()
    {
        var simulation = new Simulation();
        var monitor = new TimeWeighted(simulation, initial: 2);

        simulation.Run(until: 4);

        Assert.Equal(8, monitor.Integral, 12);
        Assert.Equal(2, monitor.Mean, 12);
    }

    [Fact]
    public void Reset_AfterWarmUp_CountsFromResetWithCurrentLevel()
    {
        var simulation = new Simulation();
        var monitor = Levels(simulation, (1, 100), (5, 2));
        simulation.Run(until: 6);

        monitor.Reset();
        simulation.Run(until: 10);

        Assert.Equal(2, monitor.Mean, 12);
        Assert.Equal(4, monitor.Duration, 12);
        Assert.Equal(2, monitor.Max);
    }

    [Fact]
    public void Active_SwitchedOff_CountsNoTimeButFollowsLevel()
    {
        // Given level 1 counted on [0,2), off on [2,6) while the level becomes 5, counted again on [6,8)
        var simulation = new Simulation();
        var monitor = new TimeWeighted(simulation, initial: 1);
        simulation.Timeout(2).AddCallback(_ => monitor.Active = false);
        simulation.Timeout(3).AddCallback(_ => monitor.Update(5));
        simulation.Timeout(6).AddCallback(_ => monitor.Active = true);

        simulation.Run(until: 8);

        Assert.Equal(4, monitor.Duration, 12);
        Assert.Equal((2 + 10) / 4.0, monitor.Mean, 12);
    }

    [Fact]
    public void Mean_NoTimeElapsed_IsNaN()
    {
        var simulation = new Simulation();
        var monitor = new TimeWeighted(simulation, initial: 3);

        Assert.True(double.IsNaN(monitor.Mean));
        Assert.Equal(3, monitor.Level);
    }
}
