namespace CorridorSim.Scenarios.Tests.Files;

/// <summary>
/// Issue 18, item 10: a measurement window of almost nothing (<c>horizon_days: 4.9e-324</c>) was accepted and gave NaN
/// KPIs; it is refused at <c>horizon_days</c> with the limit <see cref="ScenarioLimits.MinWindowHours"/>.
/// </summary>
public sealed class WindowLimitTests
{
    [Theory]
    [InlineData("horizon_days: 4.9e-324\nwarmup_days: 0")]
    [InlineData("horizon_days: 0.01\nwarmup_days: 0")]
    public void Load_WindowShorterThanAnHour_IsRefusedAtHorizonDays(string window)
    {
        var yaml = TinyScenario.With("horizon_days: 60\nwarmup_days: 5", window);

        var error = Assert.Single(TinyScenario.Load(yaml).Errors);

        Assert.Equal("horizon_days", error.KeyPath);
        Assert.Contains("shorter than 1 hour", error.Message);
    }

    [Fact]
    public void Load_WindowOfTwoHours_IsAccepted()
    {
        var yaml = TinyScenario.With("horizon_days: 60\nwarmup_days: 5", "horizon_days: 0.1\nwarmup_days: 0");

        Assert.True(TinyScenario.Load(yaml).Succeeded);
    }
}
