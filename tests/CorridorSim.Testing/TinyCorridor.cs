using CorridorSim.Corridor.Spec;
using CorridorSim.Testing.Builders;

namespace CorridorSim.Testing;

/// <summary>
/// A small corridor built in code for tests on the real model, the one every test project uses: a test starts
/// from a preset (<see cref="WestLine"/> for exact event times, <see cref="FerryLine"/> for statistics),
/// changes the lists it is about and calls <see cref="Build"/>.
/// </summary>
public sealed class TinyCorridor
{
    /// <summary>The scenario name, which names the results folder.</summary>
    public string Name { get; set; } = "tiny";

    /// <summary>The scenario description.</summary>
    public string Description { get; set; } = "A small corridor for facility tests.";

    /// <summary>Replications an experiment runs.</summary>
    public int Replications { get; set; } = 1;

    /// <summary>Simulated days, warm-up included.</summary>
    public double HorizonDays { get; set; } = 20;

    /// <summary>Days left out of the statistics at the start.</summary>
    public double WarmupDays { get; set; }

    /// <summary>The master seed.</summary>
    public ulong Seed { get; set; } = 7;

    /// <summary>Where flows start.</summary>
    public List<OriginSpec> Origins { get; } = [];

    /// <summary>Where flows end.</summary>
    public List<DestinationSpec> Destinations { get; } = [];

    /// <summary>Border crossings.</summary>
    public List<BorderSpec> Borders { get; } = [];

    /// <summary>Ports.</summary>
    public List<PortSpec> Ports { get; } = [];

    /// <summary>Rail legs.</summary>
    public List<RailLegSpec> RailLegs { get; } = [];

    /// <summary>Road legs.</summary>
    public List<RoadLegSpec> RoadLegs { get; } = [];

    /// <summary>Sea services.</summary>
    public List<SeaServiceSpec> SeaServices { get; } = [];

    /// <summary>Customs regimes.</summary>
    public List<CustomsRegimeSpec> Regimes { get; } = [];

    /// <summary>Flows of cargo.</summary>
    public List<FlowSpec> Flows { get; } = [];

    /// <summary>Storm regimes.</summary>
    public List<StormSpec> Storms { get; } = [];

    /// <summary>Planned closures.</summary>
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

    /// <summary>
    /// Wagons from Khorgos by rail to Aktau, by a rail ferry across the Caspian to Alat, and by rail to Poti,
    /// with a little eastbound cargo back: about 30 wagons a day westbound against <paramref name="ferries"/>
    /// rail ferries of 50 wagons on a 20-hour crossing, busy enough that one more ferry visibly shortens
    /// transit. Every number is an estimate chosen for speed (a replication takes milliseconds), not a
    /// calibrated corridor; times are drawn, so its results are statistics.
    /// </summary>
    public static TinyCorridor FerryLine(int ferries = 2, double horizonDays = 120, double warmupDays = 20, int replications = 8)
    {
        var corridor = new TinyCorridor
        {
            Name = $"tiny_{ferries}_ferries",
            Description = "A small corridor for tests on the real model.",
            Seed = 2024,
            Replications = replications,
            HorizonDays = horizonDays,
            WarmupDays = warmupDays,
        };
        corridor.Origins.AddRange([new OriginSpec("khorgos"), new OriginSpec("poti_origin")]);
        corridor.Destinations.AddRange([new DestinationSpec("poti"), new DestinationSpec("khorgos_destination")]);
        foreach (var port in new[] { "aktau", "alat" })
        {
            corridor.Ports.Add(PortBuilder.Named(port).Yards(wagons: 2000).Berths(BerthKind.Ferry, 2, DistributionSpec.Triangular(4, 6, 9)).Build());
        }

        corridor.RailLegs.AddRange(
        [
            new RailLegSpec("khorgos_aktau", "khorgos", "aktau", DistributionSpec.Triangular(40, 48, 70), 12),
            new RailLegSpec("alat_poti", "alat", "poti", DistributionSpec.Triangular(20, 24, 36), 12),
            new RailLegSpec("khorgos_destination_aktau", "khorgos_destination", "aktau", DistributionSpec.Triangular(40, 48, 70), 12),
            new RailLegSpec("alat_poti_origin", "alat", "poti_origin", DistributionSpec.Triangular(20, 24, 36), 12),
        ]);
        corridor.SeaServices.Add(Ferry("aktau_alat_ferry", "aktau", "alat", vessels: ferries, capacity: 50, policy: DeparturePolicy.MaxWait, maxWaitHours: 24)
            with
        { CapacityTrucks = 40, SailingHours = DistributionSpec.Triangular(16, 20, 30) });
        corridor.Flows.Add(Flow("wagons_west", "khorgos", "poti", ["khorgos", "aktau", "alat", "poti"], 650_000, unitsPerTrain: 50)
            with
        { CargoClass = "general", Routes = [new RouteSpec("via_aktau_alat", ["khorgos", "aktau", "alat", "poti"], 1.0)] });
        corridor.Flows.Add(Flow("wagons_east", "poti_origin", "khorgos_destination", ["poti_origin", "alat", "aktau", "khorgos_destination"], 150_000, unitsPerTrain: 50, direction: Direction.Eastbound)
            with
        { CargoClass = "general", Routes = [new RouteSpec("via_aktau_alat", ["poti_origin", "alat", "aktau", "khorgos_destination"], 1.0)] });
        return corridor;
    }

    /// <summary>A constant duration of <paramref name="hours"/>.</summary>
    public static DistributionSpec Hours(double hours) => DistributionSpec.Constant(hours);

    /// <summary>A port with a yard for every cargo and one berth of each kind, all handling in <paramref name="loadHours"/>.</summary>
    public static PortSpec Port(string name, int yardWagons = 1000, double loadHours = 6, CustomsPostSpec? customs = null, double trainMaxWaitHours = 1000) =>
        PortBuilder.Named(name)
            .Yards(wagons: yardWagons, teu: 1000, tonnes: 1e6)
            .Berths(BerthKind.Ferry, 1, Hours(loadHours))
            .Berths(BerthKind.Container, 1, Hours(loadHours))
            .Berths(BerthKind.Tanker, 1, Hours(loadHours))
            .Customs(customs)
            .TrainMaxWaitHours(trainMaxWaitHours)
            .Build();

    /// <summary>A rail leg of constant <paramref name="hours"/>, with train paths to spare unless said otherwise.</summary>
    public static RailLegSpec Rail(string name, string from, string to, double hours = 10, double pathsPerDay = 1000) =>
        new(name, from, to, Hours(hours), pathsPerDay);

    /// <summary>A rail-ferry service of <paramref name="vessels"/> ferries of <paramref name="capacity"/> wagons (and as many trucks).</summary>
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
        SeaServiceBuilder.Named(name).Between(east, west).Fleet(VesselClass.RailFerry, vessels).Capacity(wagons: capacity, trucks: capacity)
            .SailingHours(Hours(sailingHours)).Departs(policy, maxWaitHours, timetable).Breakdowns(breakdowns).Build();

    /// <summary>A wagon flow of ore on one route, <paramref name="via"/>, with a constant share of 1.</summary>
    public static FlowSpec Flow(
        string name,
        string origin,
        string destination,
        IReadOnlyList<string> via,
        double annualTonnes = 0,
        int unitsPerTrain = 5,
        Direction direction = Direction.Westbound,
        double tonnesPerUnit = 60) =>
        FlowBuilder.Named(name).Between(origin, destination, direction).Cargo("ore").Units(CargoUnit.Wagon, tonnesPerUnit)
            .UnitsPerTrain(unitsPerTrain).AnnualTonnes(annualTonnes).Route("main", via).Build();

    /// <summary>The spec as the lists and settings now stand.</summary>
    public CorridorSpec Build() => new(
        Name,
        Description,
        Seed,
        Replications,
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
