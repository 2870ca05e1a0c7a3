using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Tests.Vocabulary;

public class SnakeCaseTests
{
    [Fact]
    public void Of_PascalCaseMember_IsLowerSnakeCase()
    {
        Assert.Equal("oil_parcel", SnakeCase.Of(CargoUnit.OilParcel));
        Assert.Equal("rail_ferry", SnakeCase.Of(VesselClass.RailFerry));
    }

    [Fact]
    public void Of_LogNormal_IsTheStatisticiansOneWord() =>
        Assert.Equal("lognormal", SnakeCase.Of(DistributionKind.LogNormal));

    [Fact]
    public void Words_TwoWordMember_IsSeparatedBySpaces() =>
        Assert.Equal("rail ferry", SnakeCase.Words(VesselClass.RailFerry));
}
