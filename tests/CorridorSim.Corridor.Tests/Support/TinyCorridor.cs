using CorridorSim.Corridor.Spec;
using CorridorSim.Testing.Builders;

namespace CorridorSim.Corridor.Tests.Support;

/// <summary>
/// A small corridor built in code for facility tests: by default a mine, a rail leg to Aktau, a ferry to
/// Alat and a rail leg to Europe, with constant times so that event times can be checked exactly.
/// </summary>
internal sealed class TinyCorridor
{
    public double HorizonDays { get; set; } = 20;

    public double WarmupDays { get; set; }

    public ulong Seed { get; set; } = 7;

    public List<OriginSpec> Origins { get; } = [];

    public List<DestinationSpec> Destinations { get; } = [];

    public List<BorderSpec> Borders { get; } = [];

    public List<PortSpec> Ports { get; } = [];

    public List<RailLegSpec> RailLegs { get; } = [];

    public List<RoadLegSpec> RoadLegs { get; } = [];

    public List<SeaServiceSpec> SeaServices { get; } = [];

    public List<CustomsRegimeSpec> Regimes { get; } = [];

    public List<FlowSpec> Flows { get; } = [];

    public List<StormSpec> Storms { get; } = [];

    public List<DisruptionSpec> Disruptions { get; } = [];

    /// <summary>mine → (rail 10 h) → aktau → (ferry, 20 h) → alat → (rail 10 h) → europe, flow "ore" of 5-wagon trains.</summary>
    public static TinyCorridor WestLine(int ferryCapacity = 10, DeparturePolicy policy = DeparturePolicy.WhenFull)
    {
        var corridor = new TinyCorridor();
        corridor.Origins.Add(new OriginSpec("mine"));
        corridor.Destinations.Add(new DestinationSpec("europe"));
        corridor.Ports.Add(Port("aktau"));
        corridor.Ports.Add(Port("alat"));
        corridor.RailLegs.Add(Rail("mine_aktau", "mine", "aktau"));
        corridor.RailLegs.Add(Rail("alat_europe", "alat", "europe"));
        corridor.SeaServices.Add(Ferry("aktau_alat", "aktau", "alat", capacity: ferryCapacity, policy: policy));
        corridor.Flows.Add(Flow("ore", "mine", "europe", ["mine", "aktau", "alat", "europe"]));
        return corridor;
    }

    public static DistributionSpec Hours(double hours) => DistributionSpec.Constant(hours);

    public static PortSpec Port(string name, int yardWagons = 1000, double loadHours = 6, CustomsPostSpec? customs = null, double trainMaxWaitHours = 1000) =>
        PortBuilder.Named(name)
            .Yards(wagons: yardWagons, teu: 1000, tonnes: 1e6)
            .Berths(BerthKind.Ferry, 1, Hours(loadHours))
            .Berths(BerthKind.Container, 1, Hours(loadHours))
            .Berths(BerthKind.Tanker, 1, Hours(loadHours))
            .Customs(customs)
            .TrainMaxWaitHours(trainMaxWaitHours)
            .Build();

    public static RailLegSpec Rail(string name, string from, string to, double hours = 10, double pathsPerDay = 1000) =>
        new(name, from, to, Hours(hours), pathsPerDay);

    public static SeaServiceSpec Ferry(
        string name,
        string east,
        string west,
        int vessels = 1,
        int capacity = 10,
        double sailingHours = 20,
        DeparturePolicy policy = DeparturePolicy.WhenFull,
        double maxWaitHours = 0,
        IReadOnlyList<double>? timetable = null,
        BreakdownSpec? breakdowns = null) =>
        new(name, east, west, VesselClass.RailFerry, vessels, capacity, capacity, 0, 0, Hours(sailingHours), policy, maxWaitHours, timetable ?? [], breakdowns);

    public static FlowSpec Flow(
        string name,
        string origin,
        string destination,
        IReadOnlyList<string> via,
        double annualTonnes = 0,
        int unitsPerTrain = 5,
        Direction direction = Direction.Westbound,
        double tonnesPerUnit = 60) =>
        new(name, origin, destination, direction, "ore", CargoUnit.Wagon, annualTonnes, null, null, tonnesPerUnit, 0, unitsPerTrain,
            [new RouteSpec("main", via, 1)], RoutingPolicy.FixedShares);

    public CorridorSpec Build() => new(
        "tiny",
        "A small corridor for facility tests.",
        Seed,
        1,
        HorizonDays,
        WarmupDays,
        Origins,
        Destinations,
        Borders,
        Ports,
        RailLegs,
        RoadLegs,
        SeaServices,
        Regimes,
        Flows,
        Storms,
        Disruptions);
}
