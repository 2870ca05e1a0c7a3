using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Network;

/// <summary>
/// How long a flow's cargo takes from origin to destination through an empty corridor: on its slowest
/// route, the sum of every leg's mean travel or sailing time, the vessels' mean handling at both ports and
/// each border's mean service, with no queueing anywhere.
/// </summary>
/// <remarks>
/// The slowest route, because any route the flow may take must have time to deliver before the window ends;
/// under fixed shares a route with share 0 is never taken and does not count. Scheduled waits that are not
/// queueing (a train being formed, a vessel's maximum wait) are left to the scenario's
/// <see cref="CorridorSpec.CohortMarginDays"/>.
/// </remarks>
internal static class UnconstrainedTransit
{
    /// <summary>The unconstrained transit of <paramref name="flow"/>, in hours.</summary>
    public static double Hours(CorridorSpec spec, FlowSpec flow) => Hours(CorridorNetwork.Build(spec), flow);

    /// <summary>The same on a network already built from the spec.</summary>
    public static double Hours(CorridorNetwork network, FlowSpec flow)
    {
        var taken = flow.Routes.Where(r => flow.Routing != RoutingPolicy.FixedShares || r.Share > 0).ToList();
        return taken.Count == 0 ? 0 : taken.Max(r => network.ExpectedRouteHours(r.Via, flow.Unit, flow.Direction));
    }
}
