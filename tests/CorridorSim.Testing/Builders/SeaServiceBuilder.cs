using CorridorSim.Corridor.Spec;

namespace CorridorSim.Testing.Builders;

/// <summary>
/// A sea service for tests, filled with defaults so that a test names only what it is about: one rail ferry
/// of no capacity on a constant 24-hour crossing, leaving when full, with no breakdowns until said otherwise.
/// </summary>
public sealed class SeaServiceBuilder
{
    private readonly string _name;
    private string _eastPort = string.Empty;
    private string _westPort = string.Empty;
    private VesselClass _vesselClass = VesselClass.RailFerry;
    private int _vessels = 1;
    private int _wagons;
    private int _trucks;
    private int _teu;
    private double _tonnes;
    private DistributionSpec _sailingHours = DistributionSpec.Constant(24);
    private DeparturePolicy _policy = DeparturePolicy.WhenFull;
    private double _maxWaitHours;
    private IReadOnlyList<double> _timetableHours = [];
    private BreakdownSpec? _breakdowns;

    private SeaServiceBuilder(string name) => _name = name;

    /// <summary>Starts a sea service called <paramref name="name"/>.</summary>
    public static SeaServiceBuilder Named(string name) => new(name);

    /// <summary>The ports it sails between.</summary>
    public SeaServiceBuilder Between(string eastPort, string westPort)
    {
        (_eastPort, _westPort) = (eastPort, westPort);
        return this;
    }

    /// <summary><paramref name="vessels"/> vessels of <paramref name="vesselClass"/>.</summary>
    public SeaServiceBuilder Fleet(VesselClass vesselClass, int vessels)
    {
        (_vesselClass, _vessels) = (vesselClass, vessels);
        return this;
    }

    /// <summary>One vessel's capacity: wagon slots and truck places (rail ferry), TEU (feeder), tonnes (tanker).</summary>
    public SeaServiceBuilder Capacity(int wagons = 0, int trucks = 0, int teu = 0, double tonnes = 0)
    {
        (_wagons, _trucks, _teu, _tonnes) = (wagons, trucks, teu, tonnes);
        return this;
    }

    /// <summary>How long a crossing takes.</summary>
    public SeaServiceBuilder SailingHours(DistributionSpec hours)
    {
        _sailingHours = hours;
        return this;
    }

    /// <summary>When a loaded vessel leaves: its policy, the longest wait (max_wait) and the weekly hours (timetable).</summary>
    public SeaServiceBuilder Departs(DeparturePolicy policy, double maxWaitHours = 0, IReadOnlyList<double>? timetableHours = null)
    {
        (_policy, _maxWaitHours, _timetableHours) = (policy, maxWaitHours, timetableHours ?? []);
        return this;
    }

    /// <summary>The fleet's breakdowns, or none.</summary>
    public SeaServiceBuilder Breakdowns(BreakdownSpec? breakdowns)
    {
        _breakdowns = breakdowns;
        return this;
    }

    /// <summary>The sea service.</summary>
    public SeaServiceSpec Build() => new(
        _name,
        _eastPort,
        _westPort,
        _vesselClass,
        _vessels,
        _wagons,
        _trucks,
        _teu,
        _tonnes,
        _sailingHours,
        _policy,
        _maxWaitHours,
        _timetableHours,
        _breakdowns);
}
