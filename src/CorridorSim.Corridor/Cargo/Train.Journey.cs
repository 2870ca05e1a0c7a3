using CorridorSim.Corridor.Borders;
using CorridorSim.Corridor.Demand;
using CorridorSim.Corridor.Ports;
using CorridorSim.Corridor.Rail;
using CorridorSim.Corridor.Sea;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Cargo;

internal sealed partial class Train
{
    /// <summary>
    /// The train's process: from its stop, over each link and through each border, until it reaches its
    /// destination or a port where its units go to sea.
    /// </summary>
    public IEnumerable<Event> Journey()
    {
        if (Position == 0 && Route.Stops[0] is Origin origin)
        {
            if (origin.Dispatch(this) is { } waits)
            {
                foreach (var e in waits)
                {
                    yield return e;
                }
            }
        }

        // When it reached an open road or a port's gate: the journey takes those facilities' steps itself,
        // and after a wait finds the facility again by its position rather than keep it in another field.
        double arrived;
        while (true)
        {
            Decide();
            var route = Route;
            var link = route.Links[Position];
            var next = route.Stops[Position + 1];
            next.Monitor.InboundUnits += Count;
            var boarding = next is Port && Position + 1 < route.Links.Length ? route.Links[Position + 1] as SeaService : null;
            boarding?.Heading((Port)next, Flow, Count);
            LodgeDeclaration(next);
            if (link is RailLeg rail)
            {
                foreach (var e in rail.Carry(this, route.Forward[Position]))
                {
                    yield return e;
                }
            }
            else if (link is RoadLeg { Closure.IsOpen: true } openRoad)
            {
                arrived = openRoad.Arrive(this);
                yield return openRoad.Drive(this, arrived);
                ((RoadLeg)Link).Reach(this, arrived, arrived);
            }
            else if (link is RoadLeg road)
            {
                foreach (var e in road.Carry(this))
                {
                    yield return e;
                }
            }

            next.Monitor.InboundUnits -= Count;
            boarding?.Heading((Port)next, Flow, -Count);
            Position++;
            switch (next)
            {
                case Destination destination:
                    if (destination.Receive(this) is { } delivery)
                    {
                        foreach (var e in delivery)
                        {
                            yield return e;
                        }
                    }

                    yield break;
                case Origin home:
                    home.ReceiveEmpties(this);
                    yield break;
                case BorderCrossing border:
                    foreach (var e in border.Pass(this))
                    {
                        yield return e;
                    }

                    break;
                case Port port:
                    Decide();
                    if (Route.Links[Position] is SeaService service)
                    {
                        arrived = port.Run.Sim.Now;
                        if (port.ArriveAtGate(this) is { } admitted)
                        {
                            yield return admitted;
                        }

                        ((Port)next).EnterYard(this, (SeaService)Link, arrived);
                        yield break;
                    }

                    break;
            }
        }
    }

    /// <summary>The link from the stop at <see cref="Position"/> on its first open route.</summary>
    private Model.Facility Link => Route.Links[Position];
}
