using CorridorSim.Corridor.Network;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Validation;

public static partial class SpecValidator
{
    /// <summary>The most routes one flow may list (route sets are kept as bit masks).</summary>
    internal const int MaxRoutesPerFlow = 32;

    private const double SeasonalityTolerance = 0.01;

    private static void Flows(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        var network = CorridorNetwork.Build(spec);
        foreach (var flow in spec.Flows)
        {
            var path = $"flows.{flow.Name}";
            if (flow.Name == WholeCorridor.Flow)
            {
                problems.Add(new SpecProblem(path, $"is reserved: the tables call the whole corridor's rows '{WholeCorridor.Flow}' (monthly.csv)",
                    flow.Name, $"a name other than '{WholeCorridor.Flow}'"));
            }

            Demand(path, flow, problems);
            Group(path, flow, problems);
            Routes(path, flow, spec, names, network, problems);
        }
    }

    private static void Group(string path, FlowSpec flow, ProblemList problems)
    {
        if (!FolderSafeWord.Is(flow.Group))
        {
            problems.Add(new SpecProblem(path + ".group", "is not a folder-safe word (reports may name a folder after the group)",
                flow.Group, FolderSafeWord.Allowed));
        }
    }

    private static void Demand(string path, FlowSpec flow, ProblemList problems)
    {
        problems.NotNegative(path + ".annual_tonnes", flow.AnnualTonnes);
        if (flow.AnnualTonnesEnd is { } end)
        {
            problems.NotNegative(path + ".annual_tonnes_end", end);
        }

        problems.Positive(path + ".tonnes_per_unit", flow.TonnesPerUnit);
        if (flow.Unit == CargoUnit.Container)
        {
            problems.Positive(path + ".teu_per_unit", flow.TeuPerUnit);
        }
        else
        {
            problems.NotNegative(path + ".teu_per_unit", flow.TeuPerUnit);
        }

        problems.AtLeastOne(path + ".units_per_train", flow.UnitsPerTrain);
        problems.Fraction(path + ".empty_return_share", flow.EmptyReturnShare);
        if (flow.WagonPool is { } pool)
        {
            if (flow.Unit is CargoUnit.Truck or CargoUnit.OilParcel)
            {
                problems.Add(path + ".wagon_pool", "applies to wagons and containers only.");
            }
            else if (pool < flow.UnitsPerTrain)
            {
                problems.Add(path + ".wagon_pool", $"must hold at least one train's units_per_train ({flow.UnitsPerTrain}); got {pool}.");
            }
        }

        if (flow.EmptyReturnShare > 0 && flow.Unit is CargoUnit.Truck or CargoUnit.OilParcel)
        {
            problems.Add(path + ".empty_return_share", $"applies to wagons and containers only; {(flow.Unit == CargoUnit.Truck ? "a truck" : "an oil_parcel")} flow must leave it 0 (tankers already return in ballast).");
        }
        if (flow.Unit == CargoUnit.Truck && flow.UnitsPerTrain != 1)
        {
            problems.Add(path + ".units_per_train", $"must be 1 for trucks, which travel one by one; got {flow.UnitsPerTrain}");
        }

        if (flow.MonthlySeasonality is not { } months)
        {
            return;
        }

        if (months.Count != 12)
        {
            problems.Add(path + ".monthly_seasonality", $"must have twelve factors, January first; got {months.Count}");
            return;
        }

        for (var i = 0; i < 12; i++)
        {
            problems.NotNegative($"{path}.monthly_seasonality[{i}]", months[i]);
        }

        var mean = months.Average();
        if (Math.Abs(mean - 1) > SeasonalityTolerance)
        {
            problems.Add(path + ".monthly_seasonality", $"must average 1 (the factors share out the annual tonnes); got an average of {mean:0.###}");
        }
    }

    private static void Routes(string path, FlowSpec flow, CorridorSpec spec, SpecNames names, CorridorNetwork network, ProblemList problems)
    {
        if (flow.Routes is null || flow.Routes.Count == 0)
        {
            problems.Add(path + ".routes", "must list at least one route from the origin to the destination");
            return;
        }

        if (flow.Routes.Count > MaxRoutesPerFlow)
        {
            problems.Add(path + ".routes", $"may list at most {MaxRoutesPerFlow} routes; got {flow.Routes.Count}");
        }

        UniqueWithin(path + ".routes", flow.Routes.Select(r => r.Name), problems);
        foreach (var route in flow.Routes)
        {
            Route($"{path}.routes.{route.Name}", flow, route, spec, names, network, problems);
        }

        if (flow.Routing == RoutingPolicy.FixedShares)
        {
            foreach (var route in flow.Routes)
            {
                problems.Fraction($"{path}.routes.{route.Name}.share", route.Share);
            }

            var total = flow.Routes.Sum(r => r.Share);
            if (Math.Abs(total - 1) > 1e-6)
            {
                problems.Add(path + ".routes", $"shares must sum to 1 under fixed_shares routing; they sum to {total:0.######}");
            }
        }
    }

    private static void Route(string path, FlowSpec flow, RouteSpec route, CorridorSpec spec, SpecNames names, CorridorNetwork network, ProblemList problems)
    {
        var via = route.Via ?? [];
        if (via.Count < 2)
        {
            problems.Add(path + ".via", "must list at least the origin and the destination");
            return;
        }

        // Ends, unknown facilities, a facility passed twice and hops no link makes are SpecReferences' checks.
        var known = true;
        for (var i = 0; i < via.Count; i++)
        {
            var stop = via[i] ?? string.Empty;
            if (!names.Facilities.Contains(stop))
            {
                known = false;
                continue;
            }

            if (i > 0 && i < via.Count - 1 && !names.Borders.Contains(stop) && !names.Ports.Contains(stop))
            {
                problems.Add($"{path}.via[{i}]", $"'{stop}' is an origin or destination; only borders and ports can lie along a route");
            }
        }

        if (!known)
        {
            return;
        }

        for (var i = 0; i + 1 < via.Count; i++)
        {
            var link = network.LinkFor(via[i], via[i + 1], flow.Unit);
            if (link is { Kind: LinkKind.Sea })
            {
                Boarding(flow, via[i], link, spec, problems);
            }
        }
    }

    private static void Boarding(FlowSpec flow, string portName, CorridorLink link, CorridorSpec spec, ProblemList problems)
    {
        var port = spec.Ports.FirstOrDefault(p => p.Name == portName);
        var service = spec.SeaServices.First(s => s.Name == link.Name);
        if (port is not null)
        {
            var (yard, key) = flow.Unit switch
            {
                CargoUnit.Container => ((double)port.YardCapacityTeu, "yard_capacity_teu"),
                CargoUnit.OilParcel => (port.YardCapacityTonnes, "yard_capacity_tonnes"),
                _ => (port.YardCapacityWagons, "yard_capacity_wagons"),
            };
            if (!(yard > 0))
            {
                problems.Add($"ports.{portName}.{key}", $"must be positive: flow {flow.Name} boards {service.Name} here with {UnitWord(flow.Unit)}");
            }
        }

        var (fits, capacityKey) = flow.Unit switch
        {
            CargoUnit.Container => (service.CapacityTeu >= flow.TeuPerUnit, "capacity_teu"),
            CargoUnit.OilParcel => (service.CapacityTonnes >= flow.TonnesPerUnit, "capacity_tonnes"),
            _ => (true, "capacity_wagons"),
        };
        if (!fits)
        {
            problems.Add($"sea_services.{service.Name}.{capacityKey}", $"is smaller than one unit of flow {flow.Name}, which could then never board");
        }
    }

    private static string UnitWord(CargoUnit unit) => unit switch
    {
        CargoUnit.Wagon => "wagons",
        CargoUnit.Container => "containers",
        CargoUnit.Truck => "trucks",
        _ => "oil parcels",
    };
}
