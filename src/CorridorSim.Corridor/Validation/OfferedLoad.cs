using CorridorSim.Corridor.Network;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

/// <summary>The yearly work that demand brings to each capacity of the corridor, summed route by route.</summary>
internal sealed class OfferedLoad
{
    private const double HoursPerYear = 8760;

    private readonly CorridorSpec _spec;
    private readonly CorridorNetwork _network;
    private readonly Dictionary<(string Facility, string Capacity), (double Offered, double CapacityPerYear, string Unit, int Order)> _load = [];

    public OfferedLoad(CorridorSpec spec)
    {
        _spec = spec;
        _network = CorridorNetwork.Build(spec);
    }

    /// <summary>
    /// Offers a route's share of a flow's peak demand to every capacity along it, and the empties the flow sends
    /// back (its <see cref="FlowSpec.EmptyReturnShare"/>) to the capacities of the way back.
    /// </summary>
    public void AddRoute(FlowSpec flow, RouteSpec route, double weight)
    {
        var tonnes = Math.Max(flow.AnnualTonnes, flow.AnnualTonnesEnd ?? flow.AnnualTonnes) * weight;
        var units = tonnes / flow.TonnesPerUnit;
        AddUnits(flow, route.Via, units, loaded: true);
        if (flow.EmptyReturnShare > 0 && flow.Unit is CargoUnit.Wagon or CargoUnit.Container)
        {
            AddEmpties(flow, route.Via, units * flow.EmptyReturnShare);
        }
    }

    /// <summary>
    /// Empties go back by the reverse of the route, as trains of the same size, taking paths, border steps,
    /// deck slots and berth time like loaded units but clearing no customs; a wagon whose cargo is transshipped
    /// to a vessel (Poti, Batumi) starts back empty from that port.
    /// </summary>
    private void AddEmpties(FlowSpec flow, IReadOnlyList<string> via, double empties)
    {
        var leg = via.ToList();
        for (var i = 0; i + 1 < leg.Count; i++)
        {
            if (_network.LinkFor(leg[i], leg[i + 1], flow.Unit) is { Kind: LinkKind.Sea } link
                && _spec.SeaServices.First(s => s.Name == link.Name).TransshipsWagons && flow.Unit == CargoUnit.Wagon)
            {
                leg = leg.Take(i + 1).ToList();
                break;
            }
        }

        leg.Reverse();
        var back = flow with { Direction = flow.Direction == Direction.Westbound ? Direction.Eastbound : Direction.Westbound };
        AddUnits(back, leg, empties, loaded: false);
    }

    private void AddUnits(FlowSpec flow, IReadOnlyList<string> via, double units, bool loaded)
    {
        var trains = units / Math.Max(1, flow.UnitsPerTrain);
        var trucks = flow.Unit == CargoUnit.Truck;
        for (var i = 0; i + 1 < via.Count; i++)
        {
            var link = _network.LinkFor(via[i], via[i + 1], flow.Unit);
            if (link is null)
            {
                continue;
            }

            if (link.Kind == LinkKind.Rail)
            {
                var leg = _spec.RailLegs.First(l => l.Name == link.Name);
                var way = link.Forward ? "forward" : "backward";
                Add(leg.Name, $"{way} train paths", trains, leg.TrainPathsPerDay * 365, "trains");
            }
            else if (link.Kind == LinkKind.Sea)
            {
                AddSea(flow, link, units, loaded);
            }

            AddBorder(via[i + 1], flow, units, trucks ? units : trains, trucks, loaded);
        }
    }

    /// <summary>Background trains load the same border steps or train paths as corridor trains.</summary>
    public void AddBackground(BackgroundFlowSpec background)
    {
        var trains = background.TrainsPerDay * 365;
        var way = background.Direction == Direction.Westbound ? "westbound" : "eastbound";
        if (_spec.Borders.FirstOrDefault(b => b.Name == background.At) is { } border)
        {
            var side = background.Direction == Direction.Westbound ? border.Westbound : border.Eastbound;
            if (side.HasSteps)
            {
                AddTrainSteps(border.Name, way, side, trains, null);
            }
        }
        else if (_spec.RailLegs.FirstOrDefault(l => l.Name == background.At) is { } leg)
        {
            Add(leg.Name, $"{(background.Direction == Direction.Westbound ? "forward" : "backward")} train paths", trains, leg.TrainPathsPerDay * 365, "trains");
        }
    }

    public IReadOnlyList<CapacityFinding> Findings() =>
        [.. _load.OrderBy(e => e.Value.Order)
            .Select(e => new CapacityFinding(e.Key.Facility, e.Key.Capacity, e.Value.Offered, e.Value.CapacityPerYear, e.Value.Unit))];

    private void Add(string facility, string capacity, double offered, double capacityPerYear, string unit)
    {
        var key = (facility, capacity);
        _load[key] = _load.TryGetValue(key, out var entry)
            ? (entry.Offered + offered, capacityPerYear, unit, entry.Order)
            : (offered, capacityPerYear, unit, _load.Count);
    }

    private void AddBorder(string facility, FlowSpec flow, double units, double trains, bool trucks, bool loaded)
    {
        var border = _spec.Borders.FirstOrDefault(b => b.Name == facility);
        if (border is null)
        {
            return;
        }

        var way = flow.Direction == Direction.Westbound ? "westbound" : "eastbound";
        var side = flow.Direction == Direction.Westbound ? border.Westbound : border.Eastbound;
        // The short form's exchange and gauge change hold trains only; a side of steps holds whatever crosses it.
        if (!trucks || side.HasSteps)
        {
            AddTrainSteps(facility, way, side, trains, flow.CargoClass);
        }

        if (loaded && side.Customs is { } post)
        {
            AddCustoms(facility, way, post, units, trains);
        }
    }

    /// <summary>Each step with a capacity is offered the trains that need it (its probability, its cargo classes).</summary>
    private void AddTrainSteps(string facility, string way, BorderSideSpec side, double trains, string? cargoClass)
    {
        foreach (var step in side.TrainSteps)
        {
            if (step.AppliesTo(cargoClass))
            {
                var hours = step.ExpectedHours;
                Add(facility, $"{way} {step.Capacity}", trains * step.Probability, hours > 0 ? step.Tracks * HoursPerYear / hours : double.PositiveInfinity, "trains");
            }
        }
    }

    private void AddCustoms(string facility, string way, CustomsPostSpec post, double units, double checks)
    {
        var regime = _spec.CustomsRegimes.First(r => r.Name == post.Regime);
        Add(facility, $"{way} customs officers", checks, PerYear(post.DocumentOfficers, regime.DocumentCheckHours), "document checks");
        if (regime.InspectionProbability > 0)
        {
            Add(facility, $"{way} inspection lanes", units * regime.InspectionProbability, PerYear(post.InspectionLanes, regime.InspectionHours), "inspections");
        }
    }

    private void AddSea(FlowSpec flow, CorridorLink link, double units, bool loaded)
    {
        var service = _spec.SeaServices.First(s => s.Name == link.Name);
        var east = _spec.Ports.First(p => p.Name == service.EastPort);
        var west = _spec.Ports.First(p => p.Name == service.WestPort);
        var rule = VesselClassRules.For(service.VesselClass);
        var perUnit = rule.UnitLoad(service, flow.Unit, flow.TeuPerUnit, flow.TonnesPerUnit);
        var capacity = rule.Capacity(service);
        var unit = rule.CapacityWords;
        var roundTripHours = (2 * service.SailingHours.ExpectedValue) + (2 * east.HandlingHours(service.VesselClass)) + (2 * west.HandlingHours(service.VesselClass));
        var way = link.Forward ? "westbound" : "eastbound";
        var perDirection = roundTripHours > 0 ? service.Vessels * HoursPerYear / roundTripHours * capacity : double.PositiveInfinity;
        var load = units * perUnit;
        Add(service.Name, $"{way} fleet capacity", load, perDirection, unit);

        // Each round trip's calls take a berth at both ends for an unloading and a loading.
        var calls = load / capacity;
        foreach (var port in new[] { east, west })
        {
            var berths = port.BerthFor(service.VesselClass).Count;
            Add(port.Name, $"{rule.BerthWords} berths", calls * port.HandlingHours(service.VesselClass), berths * HoursPerYear, "berth hours");
        }

        var landing = link.Forward ? west : east;
        if (loaded && landing.Customs is { } post)
        {
            AddCustoms(landing.Name, "landing", post, units, calls);
        }
    }

    private static double PerYear(int servers, DistributionSpec hours) =>
        hours.ExpectedValue > 0 ? servers * HoursPerYear / hours.ExpectedValue : double.PositiveInfinity;
}
