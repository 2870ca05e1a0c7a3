using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Tests.Spec;

public class BorderSideSpecTests
{
    private static readonly BorderSideSpec WithGaugeChange = new(
        2, DistributionSpec.Constant(3), new CustomsPostSpec("paper", 1, 1), new GaugeChangeSpec(1, DistributionSpec.Constant(5)));

    private static readonly CustomsRegimeSpec Paper = new("paper", DistributionSpec.Constant(2), 0.5, DistributionSpec.Constant(4), false, false);

    [Fact]
    public void TrainSteps_WithGaugeChange_ExchangeThenGaugeChange() =>
        Assert.Equal(["exchange tracks", "gauge change"], WithGaugeChange.TrainSteps.Select(s => s.Capacity));

    [Fact]
    public void ExpectedServiceHours_Wagon_ExchangeCustomsAndGaugeChange() =>
        Assert.Equal(3 + 2 + (0.5 * 4) + 5, WithGaugeChange.ExpectedServiceHours(CargoUnit.Wagon, Paper));

    [Fact]
    public void ExpectedServiceHours_Truck_OnlyCustoms() =>
        Assert.Equal(2 + (0.5 * 4), WithGaugeChange.ExpectedServiceHours(CargoUnit.Truck, Paper));
}
