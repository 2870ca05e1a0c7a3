using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class ReportNumberTests
{
    [Theory]
    [InlineData(4_212_345.678, "4,212,346")]
    [InlineData(412.46, "412.5")]
    [InlineData(12.344, "12.34")]
    [InlineData(0.9360768, "0.936")]
    [InlineData(0.0, "0")]
    [InlineData(-0.0001, "0.000")]
    [InlineData(-1234.5, "-1,235")]
    [InlineData(double.NaN, "n/a")]
    public void Format_BySize_RoundsAsDocumented(double value, string expected) => Assert.Equal(expected, ReportNumber.Format(value));

    [Theory]
    [InlineData(3.5, "+3.50")]
    [InlineData(-3.5, "-3.50")]
    [InlineData(0.0, "+0")]
    public void Signed_AnyValue_ShowsItsSign(double value, string expected) => Assert.Equal(expected, ReportNumber.Signed(value));

    [Theory]
    [InlineData(0.9360768, "fraction", false, "93.6%")]
    [InlineData(0.047, "fraction", true, "+4.7 percentage points")]
    [InlineData(4_212_345.678, "tonnes/year", false, "4,212,346 tonnes a year")]
    [InlineData(-1.19, "days", true, "-1.19 days")]
    public void WithUnit_KnownUnits_ReadAsWords(double value, string unit, bool signed, string expected) =>
        Assert.Equal(expected, ReportNumber.WithUnit(value, unit, signed));

    [Fact]
    public void Threshold_Share_IsAShortPercentage() => Assert.Equal("70%", ReportNumber.Threshold(0.7));
}
