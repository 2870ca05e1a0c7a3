using System.Numerics;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Ports;
using CorridorSim.Corridor.Sea;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Routing;

/// <summary>
/// Chooses routes: a fixed-share draw or the fastest route when a train is formed at its origin, and,
/// under least-congested routing, the branch with the least work wherever a flow's routes part.
/// </summary>
/// <remarks>
/// A train carries the set of routes still open to it as a bit mask. All routes in the set share the
/// stops passed so far; where their next stops differ (Aktau or Kuryk, Akhalkalaki or Poti) the router
/// keeps only the routes towards the next stop that is least congested for this flow. Where every such
/// next stop is a port at which the route boards a sea service, that is the flow's own service: the cargo
/// queued for it there, plus the cargo already heading there for it, divided by the service's hourly
/// capacity — so oil and containers queued at Aktau do not count against wagons. Elsewhere it is the
/// work at the next stop: consignments held there plus those already heading there by rail or road. Both
/// count what is heading there so that a burst of trains does not all pick the same port before its queue
/// shows. Ties go to the route listed first.
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

        var bySea = true;
        foreach (var route in flow.Routes)
        {
            if ((routes & (1 << route.Index)) != 0 && Boarding(route, position) is null)
            {
                bySea = false;
                break;
            }
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

            var work = bySea ? Boarding(route, position)!.QueueHours((Port)next) : next.Work;
            if (work < bestWork)
            {
                best = next;
                bestWork = work;
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

    /// <summary>The sea service <paramref name="route"/> boards at its next stop after <paramref name="position"/>, if that stop is a port where it does.</summary>
    private static SeaService? Boarding(RouteModel route, int position) =>
        route.Stops[position + 1] is Port && position + 1 < route.Links.Length ? route.Links[position + 1] as SeaService : null;

    /// <summary>The first route in <paramref name="routes"/>: all of them agree up to the current stop.</summary>
    public static RouteModel First(FlowModel flow, int routes) => flow.Routes[BitOperations.TrailingZeroCount(routes)];
}
