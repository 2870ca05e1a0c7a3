using CorridorSim.Corridor.Network;
using CorridorSim.Corridor.Spec;
using CorridorSim.Testing.Builders;

namespace CorridorSim.Corridor.Tests.Spec;

public class VesselClassRulesTests
{
    [Fact]
    public void For_EveryVesselClass_FindsItsOwnRow()
    {
        foreach (var vesselClass in Enum.GetValues<VesselClass>())
        {
            Assert.Equal(vesselClass, VesselClassRules.For(vesselClass).Class);
        }
    }

    [Fact]
    public void Berths_EachKindBelongsToExactlyOneClass() =>
        Assert.Equal(Enum.GetValues<BerthKind>(), VesselClassRules.All.Select(r => r.Berth).Order());

    [Theory]
    [InlineData(VesselClass.RailFerry, CargoUnit.Wagon, true)]
    [InlineData(VesselClass.RailFerry, CargoUnit.Container, false)]
    [InlineData(VesselClass.ContainerFeeder, CargoUnit.Container, true)]
    [InlineData(VesselClass.ContainerFeeder, CargoUnit.Wagon, false)]
    [InlineData(VesselClass.Tanker, CargoUnit.OilParcel, true)]
    [InlineData(VesselClass.Tanker, CargoUnit.Truck, false)]
    public void Carries_SeaService_BoardsOnlyItsClassesUnits(VesselClass vesselClass, CargoUnit unit, bool boards) =>
        Assert.Equal(boards, LinkCarriage.Carries(LinkKind.Sea, vesselClass, trucksBoard: true, unit));

    [Fact]
    public void Carries_RailFerryWithoutTruckCapacity_LeavesTrucksBehind()
    {
        Assert.True(LinkCarriage.Carries(LinkKind.Sea, VesselClass.RailFerry, trucksBoard: true, CargoUnit.Truck));
        Assert.False(LinkCarriage.Carries(LinkKind.Sea, VesselClass.RailFerry, trucksBoard: false, CargoUnit.Truck));
    }

    [Fact]
    public void UnitLoad_TruckOnARailFerry_TakesItsShareOfTheDeck()
    {
        var ferry = SeaServiceBuilder.Named("f").Between("a", "b").Capacity(wagons: 50, trucks: 25).SailingHours(DistributionSpec.Constant(10)).Build();

        Assert.Equal(2.0, VesselClassRules.For(VesselClass.RailFerry).UnitLoad(ferry, CargoUnit.Truck, 0, 20));
        Assert.Equal(50.0, VesselClassRules.For(VesselClass.RailFerry).UnitLoad(ferry with { CapacityTrucks = 0 }, CargoUnit.Truck, 0, 20));
    }
}
