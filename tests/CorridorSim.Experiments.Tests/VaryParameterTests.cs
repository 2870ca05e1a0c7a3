namespace CorridorSim.Experiments.Tests;

public sealed class VaryParameterTests
{
    [Fact]
    public void Parse_KeyAndValues_ReadsThemInOrder()
    {
        var parameter = VaryParameter.Parse("sea_services.aktau_alat_ferry.vessels=4,6,8,10");

        Assert.Equal("sea_services.aktau_alat_ferry.vessels", parameter.Key);
        Assert.Equal(["4", "6", "8", "10"], parameter.Values);
    }

    [Fact]
    public void Parse_SpacesAroundKeyAndValues_Dropped()
    {
        var parameter = VaryParameter.Parse(" customs.dostyk.regime = paper, electronic_pre_arrival ");

        Assert.Equal("customs.dostyk.regime", parameter.Key);
        Assert.Equal(["paper", "electronic_pre_arrival"], parameter.Values);
    }

    [Fact]
    public void Parse_OneValue_IsASweepOfOne()
    {
        Assert.Equal(["8"], VaryParameter.Parse("vessels=8").Values);
    }

    [Fact]
    public void Parse_DistributionValue_KeepsCommasInsideBraces()
    {
        var parameter = VaryParameter.Parse("ports.aktau.ferry_load_hours={ dist: uniform, min: 4, max: 8 },6");

        Assert.Equal("ports.aktau.ferry_load_hours", parameter.Key);
        Assert.Equal(["{ dist: uniform, min: 4, max: 8 }", "6"], parameter.Values);
    }

    [Theory]
    [InlineData("vessels", "no '='")]
    [InlineData("=4,6", "no key")]
    [InlineData(" =4,6", "no key")]
    [InlineData("vessels=", "no values")]
    [InlineData("vessels=  ", "no values")]
    [InlineData("vessels=4,,6", "value 2 of 3 is empty")]
    [InlineData("vessels=4,6,", "value 3 of 3 is empty")]
    [InlineData("vessels=4,6,4", "'4' is given twice")]
    public void Parse_BadText_ThrowsNamingTheTextAndTheExpectedForm(string text, string problem)
    {
        var error = Assert.Throws<ExperimentArgumentException>(() => VaryParameter.Parse(text));

        Assert.Equal($"--vary {text}", error.Argument);
        Assert.Contains(problem, error.Problem);
        Assert.Contains("key.path=v1,v2", error.Expected);
        Assert.Contains(error.Argument, error.Message);
    }
}
