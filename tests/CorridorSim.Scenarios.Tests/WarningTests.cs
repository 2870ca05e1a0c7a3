namespace CorridorSim.Scenarios.Tests;

/// <summary>Things that load but are probably not what was meant: the spec is built, and a warning says why.</summary>
public class WarningTests
{
    [Fact]
    public void CapacityOfAnotherClass_IsIgnoredWithAWarning()
    {
        var yaml = TinyScenario.With("    capacity_wagons: 52", "    capacity_wagons: 52\n    capacity_teu: 300");

        var result = TinyScenario.Load(yaml);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("sea_services.aktau_alat_ferry.capacity_teu", warning.KeyPath);
        Assert.Equal(TinyScenario.Locate(yaml, "300"), (warning.Line, warning.Column));
    }

    [Fact]
    public void TimetableWithoutTimetablePolicy_IsIgnoredWithAWarning()
    {
        var result = TinyScenario.Load(TinyScenario.With("    vessels: 4", "    vessels: 4\n    timetable_hours: [10, 58]"));

        Assert.True(result.Succeeded);
        Assert.Equal("sea_services.aktau_alat_ferry.timetable_hours", Assert.Single(result.Warnings).KeyPath);
    }

    [Fact]
    public void OverloadedFerry_IsNamedWithItsNumbers()
    {
        // Given ten times the grain on a one-vessel ferry
        var yaml = TinyScenario.With("vessels: 4", "vessels: 1").Replace("annual_tonnes: 700000", "annual_tonnes: 7000000");

        var result = TinyScenario.Load(yaml);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings, w => w.KeyPath == "sea_services.aktau_alat_ferry");
        Assert.Contains("a year to its", warning.Message);
        Assert.Equal(TinyScenario.Locate(yaml, "name: aktau_alat_ferry").Line, warning.Line);
    }
}
