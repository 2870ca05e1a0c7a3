using CorridorSim.Corridor.Spec;

namespace CorridorSim.Testing;

/// <summary>
/// A small corridor built in code for tests on the real model: wagons from Khorgos by rail to Aktau, by a
/// rail ferry across the Caspian to Alat, and by rail to Poti, with a little eastbound cargo back.
/// </summary>
/// <remarks>
/// Scenario: about 30 wagons a day westbound against a fleet of <c>ferries</c> rail ferries of 50 wagons on
/// a 20-hour crossing, busy enough that one more ferry visibly shortens transit. Every number is an
/// estimate chosen for speed (a replication takes milliseconds), not a calibrated corridor.
/// </remarks>
public static class TinyCorridor
{
    public static CorridorSpec With(int ferries = 2, double horizonDays = 120, double warmupDays = 20, int replications = 8) =>
        new(
            Name: $"tiny_{ferries}_ferries",
            Description: "A small corridor for tests on the real model.",
            Seed: 2024,
            Replications: replications,
            HorizonDays: horizonDays,
            WarmupDays: warmupDays,
            Origins: [new OriginSpec("khorgos"), new OriginSpec("poti_origin")],
            Destinations: [new DestinationSpec("poti"), new DestinationSpec("khorgos_destination")],
            Borders: [],
            Ports:
            [
                Port("aktau"),
                Port("alat"),
            ],
            RailLegs:
            [
                new RailLegSpec("khorgos_aktau", "khorgos", "aktau", DistributionSpec.Triangular(40, 48, 70), 12),
                new RailLegSpec("alat_poti", "alat", "poti", DistributionSpec.Triangular(20, 24, 36), 12),
                new RailLegSpec("khorgos_destination_aktau", "khorgos_destination", "aktau", DistributionSpec.Triangular(40, 48, 70), 12),
                new RailLegSpec("alat_poti_origin", "alat", "poti_origin", DistributionSpec.Triangular(20, 24, 36), 12),
            ],
            RoadLegs: [],
            SeaServices:
            [
                new SeaServiceSpec(
                    Name: "aktau_alat_ferry",
                    EastPort: "aktau",
                    WestPort: "alat",
                    VesselClass: VesselClass.RailFerry,
                    Vessels: ferries,
                    CapacityWagons: 50,
                    CapacityTrucks: 40,
                    CapacityTeu: 0,
                    CapacityTonnes: 0,
                    SailingHours: DistributionSpec.Triangular(16, 20, 30),
                    Policy: DeparturePolicy.MaxWait,
                    MaxWaitHours: 24,
                    TimetableHours: [],
                    Breakdowns: null),
            ],
            CustomsRegimes: [],
            Flows:
            [
                Flow("wagons_west", "khorgos", "poti", Direction.Westbound, 650_000, ["khorgos", "aktau", "alat", "poti"]),
                Flow("wagons_east", "poti_origin", "khorgos_destination", Direction.Eastbound, 150_000, ["poti_origin", "alat", "aktau", "khorgos_destination"]),
            ],
            Storms: [],
            Disruptions: []);

    private static PortSpec Port(string name) =>
        new(
            Name: name,
            YardCapacityWagons: 2000,
            YardCapacityTeu: 0,
            YardCapacityTonnes: 0,
            Berths: [new BerthSpec(BerthKind.Ferry, 2, DistributionSpec.Triangular(4, 6, 9))],
            Customs: null,
            TrainMaxWaitHours: 24);

    private static FlowSpec Flow(string name, string origin, string destination, Direction direction, double annualTonnes, string[] via) =>
        new(
            Name: name,
            Origin: origin,
            Destination: destination,
            Direction: direction,
            CargoClass: "general",
            Unit: CargoUnit.Wagon,
            AnnualTonnes: annualTonnes,
            AnnualTonnesEnd: null,
            MonthlySeasonality: null,
            TonnesPerUnit: 60,
            TeuPerUnit: 0,
            UnitsPerTrain: 50,
            Routes: [new RouteSpec("via_aktau_alat", via, 1.0)],
            Routing: RoutingPolicy.FixedShares);
}
