using CorridorSim.Corridor.Spec;

namespace CorridorSim.Testing.Builders;

/// <summary>
/// A port for tests, filled with defaults so that a test names only what it is about: no yards, no berths,
/// no customs and a 24-hour longest wait for a train until said otherwise.
/// </summary>
public sealed class PortBuilder
{
    private readonly string _name;
    private readonly List<BerthSpec> _berths = [];
    private int _yardWagons;
    private int _yardTeu;
    private double _yardTonnes;
    private CustomsPostSpec? _customs;
    private double _trainMaxWaitHours = 24;

    private PortBuilder(string name) => _name = name;

    /// <summary>Starts a port called <paramref name="name"/>.</summary>
    public static PortBuilder Named(string name) => new(name);

    /// <summary>The yards: wagons (and trucks), TEU and tonnes of oil they hold.</summary>
    public PortBuilder Yards(int wagons = 0, int teu = 0, double tonnes = 0)
    {
        (_yardWagons, _yardTeu, _yardTonnes) = (wagons, teu, tonnes);
        return this;
    }

    /// <summary><paramref name="count"/> berths of <paramref name="kind"/>, each vessel taking <paramref name="handlingHours"/> to load or unload.</summary>
    public PortBuilder Berths(BerthKind kind, int count, DistributionSpec handlingHours)
    {
        _berths.RemoveAll(b => b.Kind == kind);
        _berths.Add(new BerthSpec(kind, count, handlingHours));
        return this;
    }

    /// <summary>The customs post for cargo landed from the sea.</summary>
    public PortBuilder Customs(CustomsPostSpec? post)
    {
        _customs = post;
        return this;
    }

    /// <summary>The longest wait of landed cargo for a full train.</summary>
    public PortBuilder TrainMaxWaitHours(double hours)
    {
        _trainMaxWaitHours = hours;
        return this;
    }

    /// <summary>The port, its berths in the order of <see cref="VesselClassRules"/>.</summary>
    public PortSpec Build() => new(
        _name,
        _yardWagons,
        _yardTeu,
        _yardTonnes,
        [.. _berths.OrderBy(b => b.Kind)],
        _customs,
        _trainMaxWaitHours);
}
