using System.Numerics;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Routing;

/// <summary>
/// Chooses routes: a fixed-share draw or the fastest route when a train is formed at its origin, and,
/// under least-congested routing, the branch with the least work wherever a flow's routes part.
/// </summary>
/// <remarks>
/// A train carries the set of routes still open to it as a bit mask. All routes in the set share the
/// stops passed so far; where their next stops differ (Aktau or Kuryk, Akhalkalaki or Poti) the router
/// keeps only the routes towards the next stop with the least work: consignments held there plus those
/// already heading there by rail or road, so that a burst of trains does not all pick the same port
/// before its queue shows. Ties go to the route listed first.
/// </remarks>
internal static class Router
{
    /// <summary>The routes open to a train of <paramref name="flow"/> formed at its origin.</summary>
    public static int Initial(FlowModel flow)
    {
        switch (flow.Spec.Routing)
        {
            case RoutingPolicy.FixedShares:
                var u = flow.RoutingStream.NextDouble();
                var cumulative = 0.0;
                foreach (var route in flow.Routes)
                {
                    cumulative += route.Share;
                    if (u < cumulative)
                    {
                        return 1 << route.Index;
                    }
                }

                return 1 << (flow.Routes.Length - 1);
            case RoutingPolicy.ShortestExpectedTime:
                return 1 << flow.Routes.MinBy(r => r.ExpectedHours)!.Index;
            default:
                return flow.AllRoutes;
        }
    }

    /// <summary>The routes still open after a decision at the stop at <paramref name="position"/>.</summary>
    public static int Narrow(FlowModel flow, int routes, int position)
    {
        if (BitOperations.PopCount((uint)routes) <= 1)
        {
            return routes;
        }

        Facility? best = null;
        var bestWork = double.PositiveInfinity;
        var differ = false;
        foreach (var route in flow.Routes)
        {
            if ((routes & (1 << route.Index)) == 0)
            {
                continue;
            }

            var next = route.Stops[position + 1];
            if (best is not null && next != best)
            {
                differ = true;
            }

            if (next.Work < bestWork)
            {
                best = next;
                bestWork = next.Work;
            }
        }

        if (!differ || best is null)
        {
            return routes;
        }

        var narrowed = 0;
        foreach (var route in flow.Routes)
        {
            if ((routes & (1 << route.Index)) != 0 && route.Stops[position + 1] == best)
            {
                narrowed |= 1 << route.Index;
            }
        }

        return narrowed;
    }

    /// <summary>The first route in <paramref name="routes"/>: all of them agree up to the current stop.</summary>
    public static RouteModel First(FlowModel flow, int routes) => flow.Routes[BitOperations.TrailingZeroCount(routes)];
}
