using CorridorSim.Corridor.Spec;

namespace CorridorSim.Testing.Builders;

/// <summary>
/// A flow for tests, filled with defaults so that a test names only what it is about: westbound general
/// cargo in 60-tonne wagons, one to a train, no demand, no seasonality and fixed-share routing until said
/// otherwise.
/// </summary>
public sealed class FlowBuilder
{
    private readonly string _name;
    private readonly List<RouteSpec> _routes = [];
    private string _origin = string.Empty;
    private string _destination = string.Empty;
    private Direction _direction = Direction.Westbound;
    private string _cargoClass = "general";
    private CargoUnit _unit = CargoUnit.Wagon;
    private double _tonnesPerUnit = 60;
    private double _teuPerUnit;
    private int _unitsPerTrain = 1;
    private double _annualTonnes;
    private double? _annualTonnesEnd;
    private IReadOnlyList<double>? _seasonality;
    private RoutingPolicy _routing = RoutingPolicy.FixedShares;
    private string? _group;

    private FlowBuilder(string name) => _name = name;

    /// <summary>Starts a flow called <paramref name="name"/>.</summary>
    public static FlowBuilder Named(string name) => new(name);

    /// <summary>Where its consignments are created and delivered, and which way they travel.</summary>
    public FlowBuilder Between(string origin, string destination, Direction direction = Direction.Westbound)
    {
        (_origin, _destination, _direction) = (origin, destination, direction);
        return this;
    }

    /// <summary>The cargo class it is reported under.</summary>
    public FlowBuilder Cargo(string cargoClass)
    {
        _cargoClass = cargoClass;
        return this;
    }

    /// <summary>What one consignment is, what it weighs and (for a container) its TEU.</summary>
    public FlowBuilder Units(CargoUnit unit, double tonnesPerUnit, double teuPerUnit = 0)
    {
        (_unit, _tonnesPerUnit, _teuPerUnit) = (unit, tonnesPerUnit, teuPerUnit);
        return this;
    }

    /// <summary>Consignments that make up one train.</summary>
    public FlowBuilder UnitsPerTrain(int units)
    {
        _unitsPerTrain = units;
        return this;
    }

    /// <summary>Tonnes a year, growing linearly to <paramref name="atEnd"/> by the horizon if given.</summary>
    public FlowBuilder AnnualTonnes(double tonnes, double? atEnd = null)
    {
        (_annualTonnes, _annualTonnesEnd) = (tonnes, atEnd);
        return this;
    }

    /// <summary>Twelve monthly factors, January first, averaging 1.</summary>
    public FlowBuilder Seasonality(IReadOnlyList<double> months)
    {
        _seasonality = months;
        return this;
    }

    /// <summary>One more route through <paramref name="via"/>, with its share under fixed-share routing.</summary>
    public FlowBuilder Route(string name, IReadOnlyList<string> via, double share = 1)
    {
        _routes.Add(new RouteSpec(name, via, share));
        return this;
    }

    /// <summary>The group reports pool it under; without it, the flow's own name.</summary>
    public FlowBuilder Group(string group)
    {
        _group = group;
        return this;
    }

    /// <summary>How consignments choose among the routes.</summary>
    public FlowBuilder Routing(RoutingPolicy policy)
    {
        _routing = policy;
        return this;
    }

    /// <summary>The flow, its routes in the order they were added.</summary>
    public FlowSpec Build() => new FlowSpec(
        _name,
        _origin,
        _destination,
        _direction,
        _cargoClass,
        _unit,
        _annualTonnes,
        _annualTonnesEnd,
        _seasonality,
        _tonnesPerUnit,
        _teuPerUnit,
        _unitsPerTrain,
        [.. _routes],
        _routing)
    {
        Group = _group!,
    };
}
