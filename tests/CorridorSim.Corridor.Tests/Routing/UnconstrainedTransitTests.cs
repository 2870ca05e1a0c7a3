using CorridorSim.Corridor.Network;
using CorridorSim.Corridor.Spec;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Routing;

public class UnconstrainedTransitTests
{
    [Fact]
    public void Hours_WestLine_IsRailPlusHandlingPlusSailingPlusRail()
    {
        // Given mine → rail 10 h → aktau (ferry handling 6 h) → ferry 20 h → alat (handling 6 h) → rail 10 h → europe
        var spec = TinyCorridor.WestLine().Build();

        // Then the transit with no queueing is 10 + 6 + 20 + 6 + 10 = 52 hours
        Assert.Equal(52, UnconstrainedTransit.Hours(spec, spec.Flows.Single()), 9);
    }

    [Fact]
    public void Hours_TwoRoutes_IsTheSlowerOne()
    {
        // Given the west line with a second, direct rail route of 100 h, both taken half the time
        var corridor = TinyCorridor.WestLine();
        corridor.RailLegs.Add(TinyCorridor.Rail("mine_europe", "mine", "europe", hours: 100));
        var flow = corridor.Flows.Single() with
        {
            Routes = [new RouteSpec("main", ["mine", "aktau", "alat", "europe"], 0.5), new RouteSpec("direct", ["mine", "europe"], 0.5)],
        };

        // Then cargo on the slower route must have time to arrive too
        Assert.Equal(100, UnconstrainedTransit.Hours(corridor.Build(), flow), 9);

        // ...unless fixed shares never send cargo that way
        var never = flow with { Routes = [flow.Routes[0] with { Share = 1 }, flow.Routes[1] with { Share = 0 }] };
        Assert.Equal(52, UnconstrainedTransit.Hours(corridor.Build(), never), 9);
    }
}
