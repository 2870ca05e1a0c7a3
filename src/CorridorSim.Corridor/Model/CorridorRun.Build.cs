using CorridorSim.Corridor.Borders;
using CorridorSim.Corridor.Demand;
using CorridorSim.Corridor.Network;
using CorridorSim.Corridor.Ports;
using CorridorSim.Corridor.Rail;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Sea;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Weather;

namespace CorridorSim.Corridor.Model;

internal sealed partial class CorridorRun
{
    private readonly Dictionary<string, Facility> _byName = new(StringComparer.Ordinal);
    private readonly List<Facility> _facilities = [];
    private readonly List<Origin> _origins = [];
    private readonly List<SeaService> _seaServices = [];
    private readonly List<StormSeason> _storms = [];
    private readonly List<BackgroundTraffic> _background = [];

    /// <summary>The running flows, in spec order.</summary>
    public FlowModel[] Flows { get; private set; } = [];

    /// <summary>The empties of the flows whose wagons or containers return empty, after <see cref="Flows"/> in numbering.</summary>
    public FlowModel[] EmptyFlows { get; private set; } = [];

    /// <summary>The regime named <paramref name="name"/>.</summary>
    public CustomsRegimeSpec Regime(string name) => Spec.CustomsRegimes.First(r => r.Name == name);

    private void Build()
    {
        foreach (var origin in Spec.Origins)
        {
            _origins.Add(Add(new Origin(this, origin)));
        }

        foreach (var destination in Spec.Destinations)
        {
            Add(new Destination(this, destination));
        }

        foreach (var border in Spec.Borders)
        {
            Add(new BorderCrossing(this, border));
        }

        foreach (var port in Spec.Ports)
        {
            Add(new Port(this, port));
        }

        foreach (var leg in Spec.RailLegs)
        {
            Add(new RailLeg(this, leg));
        }

        foreach (var road in Spec.RoadLegs)
        {
            Add(new RoadLeg(this, road));
        }

        foreach (var sea in Spec.SeaServices)
        {
            _seaServices.Add(Add(new SeaService(this, sea, (Port)_byName[sea.EastPort], (Port)_byName[sea.WestPort])));
        }

        BuildFlows();
        BuildWeather();
        foreach (var background in Spec.Background)
        {
            _background.Add(new BackgroundTraffic(this, background, (IBackgroundHost)_byName[background.At]));
        }
    }

    private T Add<T>(T facility)
        where T : Facility
    {
        _byName.Add(facility.Name, facility);
        _facilities.Add(facility);
        return facility;
    }

    private void BuildFlows()
    {
        var network = CorridorNetwork.Build(Spec);
        Flows = new FlowModel[Spec.Flows.Count];
        for (var f = 0; f < Flows.Length; f++)
        {
            var spec = Spec.Flows[f];
            var flow = new FlowModel(f, spec, Streams.Stream($"routing:{spec.Name}"));
            flow.Routes = [.. spec.Routes.Select((route, r) => Resolve(flow, route, r, network))];
            if (spec.WagonPool is { } pool && spec.Unit is CargoUnit.Wagon or CargoUnit.Container)
            {
                flow.Pool = new Kernel.Container(Sim, pool, pool);
            }

            Flows[f] = flow;
            ((Origin)_byName[spec.Origin]).AddFlow(flow);
        }

        Book.CohortCutoffHours = [.. Spec.Flows.Select(f => HorizonHours - UnconstrainedTransit.Hours(network, f) - (Spec.CohortMarginDays * 24))];

        var empties = new List<FlowModel>();
        foreach (var flow in Flows)
        {
            if (flow.Spec.EmptyReturnShare > 0 && flow.Unit is CargoUnit.Wagon or CargoUnit.Container)
            {
                var empty = flow.CreateEmpties(Flows.Length + empties.Count);
                empty.Routes = [.. flow.Spec.Routes.Select((route, r) => Resolve(empty, route with { Via = [.. route.Via.Reverse()] }, r, network))];
                empties.Add(empty);
            }
        }

        EmptyFlows = [.. empties];
    }

    private RouteModel Resolve(FlowModel flow, RouteSpec route, int index, CorridorNetwork network)
    {
        var stops = route.Via.Select(name => _byName[name]).ToArray();
        var links = new Facility[stops.Length - 1];
        var forward = new bool[stops.Length - 1];
        for (var i = 0; i < links.Length; i++)
        {
            var link = network.LinkFor(route.Via[i], route.Via[i + 1], flow.Unit)
                ?? throw new InvalidOperationException($"No link carries flow {flow.Name} from {route.Via[i]} to {route.Via[i + 1]}.");
            links[i] = _byName[link.Name];
            forward[i] = link.Forward;
            if (links[i] is SeaService sea)
            {
                sea.Serves(flow);
            }
        }

        var expected = network.ExpectedRouteHours(route.Via, flow.Unit, flow.Direction);
        return new RouteModel(index, route.Name, stops, links, forward, route.Share, expected);
    }

    private void BuildWeather()
    {
        foreach (var storm in Spec.Storms)
        {
            var gates = storm.Closes.Select(name => _byName[name].Closure).ToList();
            _storms.Add(new StormSeason(this, storm, gates));
        }

        foreach (var disruption in Spec.Disruptions)
        {
            DisruptionWindow.Schedule(Sim, disruption, _byName[disruption.Closes].Closure);
        }
    }

    private void Start()
    {
        if (WarmupHours > 0)
        {
            Sim.Timeout(WarmupHours).AddCallback(_ => ResetStatistics());
        }

        Sim.Process(DailySnapshots(), "daily-snapshots");
        foreach (var storm in _storms)
        {
            storm.Start();
        }

        foreach (var service in _seaServices)
        {
            service.Start();
        }

        foreach (var origin in _origins)
        {
            origin.Start();
        }

        foreach (var background in _background)
        {
            background.Start();
        }
    }

    private void ResetStatistics()
    {
        foreach (var facility in _facilities)
        {
            facility.ResetStatistics();
        }

        Causes.Reset();
    }
}
