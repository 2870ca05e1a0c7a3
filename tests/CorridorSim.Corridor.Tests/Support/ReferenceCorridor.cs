using CorridorSim.Corridor.Spec;
using CorridorSim.Testing.Builders;

namespace CorridorSim.Corridor.Tests.Support;

/// <summary>
/// The whole Middle Corridor (as the README's opening describes it) built in code with rough numbers from the
/// parameter sheet (scenarios/SOURCES.md), for end-to-end tests. The bundled baseline scenario file
/// will become the single source of truth; this builder only has to be plausible.
/// </summary>
/// <remarks>
/// China → Dostyk/Altynkol (gauge change) → Kazakh rail → Aktau/Kuryk → Caspian ferries, feeders and
/// tankers → Alat (or Sangachal for oil) → Beyuk-Kesik (trucks: Red Bridge) → BTK via Akhalkalaki (gauge change) to Türkiye,
/// or Georgian ports (bulk), or Poti and a Black Sea line to Constanța; eastbound over the same
/// facilities. About 4.55 Mt a year at scale 1 (2024), 90 % westbound.
/// </remarks>
internal static class ReferenceCorridor
{
    /// <summary>The reference flows' total at scale 1, tonnes a year.</summary>
    public const double BaseTonnes = 4_550_000;

    private static DistributionSpec Tri(double min, double mode, double max) => DistributionSpec.Triangular(min, mode, max);

    /// <summary>Builds the corridor carrying <paramref name="totalTonnes"/> a year in the reference mix.</summary>
    public static CorridorSpec Build(double totalTonnes = BaseTonnes, double horizonDays = 365, double warmupDays = 30, int aktauFerries = 6, ulong seed = 2024)
    {
        var scale = totalTonnes / BaseTonnes;
        return new CorridorSpec(
            "reference-corridor",
            "The Middle Corridor in 2024, for tests.",
            seed,
            1,
            horizonDays,
            warmupDays,
            [new("china_xian"), new("kz_shippers"), new("central_asia"), new("kz_truck_depot"), new("europe_shippers"), new("az_shippers")],
            [new("turkey_europe"), new("georgia_ports_bulk"), new("europe_delivery"), new("btc_ceyhan"), new("tbilisi_trucks"), new("china_terminal"), new("kz_consignees")],
            Borders(),
            Ports(),
            RailLegs(),
            [
                new("depot_kuryk_road", "kz_truck_depot", "kuryk", Tri(20, 24, 36)),
                new("alat_red_bridge_road", "alat", "red_bridge", Tri(8, 10, 14)),
                new("red_bridge_tbilisi_road", "red_bridge", "tbilisi_trucks", Tri(2, 3, 5)),
            ],
            SeaServices(aktauFerries),
            Regimes(),
            Flows(scale),
            [new StormSpec("caspian_storms", ["aktau", "kuryk", "alat", "sangachal", "aktau_alat_ferry", "kuryk_alat_ferry", "aktau_alat_feeder", "aktau_sangachal_tanker"], [3, 2.5, 2, 1, 0.5, 0.3, 0.3, 0.3, 0.5, 1.5, 3, 3.5], Tri(24, 48, 120))],
            []);
    }

    private static List<CustomsRegimeSpec> Regimes() =>
    [
        new("paper", Tri(4, 8, 12), 0.05, Tri(2, 4, 8), false, false),
        new("electronic_pre_arrival", Tri(0.3, 0.5, 1), 0.03, Tri(2, 4, 8), true, false),
        new("single_window", Tri(0.3, 0.5, 1), 0.03, Tri(2, 4, 8), false, true),
        new("road_paper", Tri(0.5, 1, 2), 0.05, Tri(1, 2, 4), false, false),
    ];

    private static List<BorderSpec> Borders()
    {
        CustomsPostSpec Post(int officers, int lanes) => new("paper", officers, lanes);
        var dostykWest = new BorderSideSpec(4, Tri(3, 4.25, 9), Post(4, 3), new GaugeChangeSpec(6, Tri(4, 6, 10)));
        var dostykEast = new BorderSideSpec(4, Tri(2, 3, 5), Post(3, 2), new GaugeChangeSpec(6, Tri(4, 6, 10)));
        var altynkol = new BorderSideSpec(2, Tri(3, 5, 9), Post(2, 2), new GaugeChangeSpec(3, Tri(4, 6, 10)));
        var beyukKesik = new BorderSideSpec(3, Tri(4, 6, 10), Post(4, 3), null);
        var akhalkalaki = new BorderSideSpec(2, Tri(2, 3, 4), Post(2, 2), new GaugeChangeSpec(3, Tri(6, 12, 24)));
        var redBridge = new BorderSideSpec(1, DistributionSpec.Constant(0), new CustomsPostSpec("road_paper", 4, 2), null);
        return
        [
            new("dostyk", dostykWest, dostykEast),
            new("altynkol", altynkol, altynkol),
            new("beyuk_kesik", beyukKesik, beyukKesik),
            new("akhalkalaki", akhalkalaki, akhalkalaki),
            new("red_bridge", redBridge, redBridge),
        ];
    }

    private static List<PortSpec> Ports()
    {
        // Kuryk: a whole ferry call (unloading and loading) takes 6-8 h on a single-deck ferry (2.17).
        var ferry = Tri(3, 3.5, 5);
        var feeder = Tri(12, 20, 30);
        var tanker = Tri(18, 24, 36);
        var customs = new CustomsPostSpec("paper", 3, 3);
        return
        [
            Port("aktau", (1500, 4000, 150_000), (2, 2, 3), customs, 48),
            Port("kuryk", (1500, 0, 0), (4, 0, 0), customs, 48),
            Port("alat", (2500, 5000, 0), (4, 3, 0), customs, 48),
            Port("sangachal", (0, 0, 300_000), (0, 0, 2), null, 24),
            Port("poti", (500, 6000, 0), (0, 2, 0), customs, 48),
            Port("constanta", (0, 8000, 0), (0, 2, 0), customs, 48),
        ];

        PortSpec Port(string name, (int Wagons, int Teu, double Tonnes) yards, (int Ferry, int Container, int Tanker) berths, CustomsPostSpec? post, double trainMaxWaitHours) =>
            PortBuilder.Named(name)
                .Yards(yards.Wagons, yards.Teu, yards.Tonnes)
                .Berths(BerthKind.Ferry, berths.Ferry, ferry)
                .Berths(BerthKind.Container, berths.Container, feeder)
                .Berths(BerthKind.Tanker, berths.Tanker, tanker)
                .Customs(post)
                .TrainMaxWaitHours(trainMaxWaitHours)
                .Build();
    }

    private static List<RailLegSpec> RailLegs() =>
    [
        new("xian_dostyk", "china_xian", "dostyk", Tri(80, 96, 120), 12),
        new("xian_altynkol", "china_xian", "altynkol", Tri(76, 90, 110), 8),
        new("china_terminal_dostyk", "china_terminal", "dostyk", Tri(80, 96, 120), 12),
        new("dostyk_aktau", "dostyk", "aktau", Tri(72, 96, 120), 20),
        new("dostyk_kuryk", "dostyk", "kuryk", Tri(72, 96, 120), 20),
        new("altynkol_aktau", "altynkol", "aktau", Tri(80, 100, 130), 16),
        new("altynkol_kuryk", "altynkol", "kuryk", Tri(80, 100, 130), 16),
        new("shippers_aktau", "kz_shippers", "aktau", Tri(36, 48, 72), 20),
        new("shippers_kuryk", "kz_shippers", "kuryk", Tri(36, 48, 72), 20),
        new("central_asia_aktau", "central_asia", "aktau", Tri(48, 60, 80), 10),
        new("central_asia_kuryk", "central_asia", "kuryk", Tri(48, 60, 80), 10),
        new("consignees_aktau", "kz_consignees", "aktau", Tri(36, 48, 72), 20),
        new("consignees_kuryk", "kz_consignees", "kuryk", Tri(36, 48, 72), 20),
        new("alat_az_shippers", "alat", "az_shippers", Tri(4, 6, 10), 20),
        new("alat_beyuk_kesik", "alat", "beyuk_kesik", Tri(12, 16, 24), 16),
        new("beyuk_kesik_akhalkalaki", "beyuk_kesik", "akhalkalaki", Tri(10, 14, 20), 6),
        new("akhalkalaki_turkey", "akhalkalaki", "turkey_europe", Tri(60, 72, 96), 8),
        new("beyuk_kesik_poti", "beyuk_kesik", "poti", Tri(16, 20, 30), 20),
        new("beyuk_kesik_ports_bulk", "beyuk_kesik", "georgia_ports_bulk", Tri(16, 20, 30), 20),
        new("constanta_europe", "constanta", "europe_delivery", Tri(24, 36, 48), 20),
        new("constanta_europe_shippers", "constanta", "europe_shippers", Tri(24, 36, 48), 20),
        new("sangachal_btc", "sangachal", "btc_ceyhan", DistributionSpec.Constant(1), 100),
    ];

    private static List<SeaServiceSpec> SeaServices(int aktauFerries)
    {
        var breakdowns = new BreakdownSpec(2000, Tri(24, 48, 120));
        return
        [
            new("aktau_alat_ferry", "aktau", "alat", VesselClass.RailFerry, aktauFerries, 52, 50, 0, 0, Tri(20, 24, 30), DeparturePolicy.MaxWait, 48, [], breakdowns),
            new("kuryk_alat_ferry", "kuryk", "alat", VesselClass.RailFerry, 6, 52, 50, 0, 0, Tri(16, 20, 26), DeparturePolicy.MaxWait, 48, [], breakdowns),
            new("aktau_alat_feeder", "aktau", "alat", VesselClass.ContainerFeeder, 6, 0, 0, 300, 0, Tri(20, 24, 30), DeparturePolicy.MaxWait, 24, [], breakdowns),
            new("aktau_sangachal_tanker", "aktau", "sangachal", VesselClass.Tanker, 4, 0, 0, 0, 10_000, Tri(20, 24, 30), DeparturePolicy.MaxWait, 72, [], null),
            new("poti_constanta_line", "poti", "constanta", VesselClass.ContainerFeeder, 4, 0, 0, 800, 0, Tri(150, 170, 200), DeparturePolicy.Timetable, 0, [24, 96], null),
        ];
    }

    private static List<FlowSpec> Flows(double scale)
    {
        RouteSpec Route(string name, params string[] via) => new(name, via, 0);
        double[] grainSeason = [1.1, 1.0, 1.0, 0.9, 0.8, 0.8, 0.9, 1.0, 1.2, 1.2, 1.1, 1.0];
        return
        [
            new("kz_exports_west", "kz_shippers", "turkey_europe", Direction.Westbound, "grain and metals", CargoUnit.Wagon, 1_100_000 * scale, null, grainSeason, 65, 0, 50,
                [Route("aktau_btk", "kz_shippers", "aktau", "alat", "beyuk_kesik", "akhalkalaki", "turkey_europe"), Route("kuryk_btk", "kz_shippers", "kuryk", "alat", "beyuk_kesik", "akhalkalaki", "turkey_europe")],
                RoutingPolicy.LeastCongested),
            new("kz_exports_ports", "kz_shippers", "georgia_ports_bulk", Direction.Westbound, "grain and metals", CargoUnit.Wagon, 1_100_000 * scale, null, grainSeason, 65, 0, 50,
                [Route("aktau", "kz_shippers", "aktau", "alat", "beyuk_kesik", "georgia_ports_bulk"), Route("kuryk", "kz_shippers", "kuryk", "alat", "beyuk_kesik", "georgia_ports_bulk")],
                RoutingPolicy.LeastCongested),
            new("kz_oil_west", "kz_shippers", "btc_ceyhan", Direction.Westbound, "oil", CargoUnit.OilParcel, 800_000 * scale, null, null, 60, 0, 50,
                [new RouteSpec("tanker", ["kz_shippers", "aktau", "sangachal", "btc_ceyhan"], 1)],
                RoutingPolicy.FixedShares),
            new("china_europe_containers", "china_xian", "europe_delivery", Direction.Westbound, "containers", CargoUnit.Container, 600_000 * scale, null, null, 28, 2, 50,
                [
                    new RouteSpec("dostyk_poti", ["china_xian", "dostyk", "aktau", "alat", "beyuk_kesik", "poti", "constanta", "europe_delivery"], 0.6),
                    new RouteSpec("altynkol_poti", ["china_xian", "altynkol", "aktau", "alat", "beyuk_kesik", "poti", "constanta", "europe_delivery"], 0.4),
                ],
                RoutingPolicy.FixedShares),
            new("central_asia_west", "central_asia", "georgia_ports_bulk", Direction.Westbound, "cotton and chemicals", CargoUnit.Wagon, 300_000 * scale, null, null, 60, 0, 40,
                [Route("aktau", "central_asia", "aktau", "alat", "beyuk_kesik", "georgia_ports_bulk"), Route("kuryk", "central_asia", "kuryk", "alat", "beyuk_kesik", "georgia_ports_bulk")],
                RoutingPolicy.LeastCongested),
            new("kz_trucks_west", "kz_truck_depot", "tbilisi_trucks", Direction.Westbound, "general cargo", CargoUnit.Truck, 200_000 * scale, null, null, 20, 0, 1,
                [new RouteSpec("kuryk", ["kz_truck_depot", "kuryk", "alat", "red_bridge", "tbilisi_trucks"], 1)],
                RoutingPolicy.FixedShares),
            new("europe_china_containers", "europe_shippers", "china_terminal", Direction.Eastbound, "containers", CargoUnit.Container, 150_000 * scale, null, null, 20, 2, 50,
                [new RouteSpec("poti_dostyk", ["europe_shippers", "constanta", "poti", "beyuk_kesik", "alat", "aktau", "dostyk", "china_terminal"], 1)],
                RoutingPolicy.FixedShares),
            new("az_kz_wagons", "az_shippers", "kz_consignees", Direction.Eastbound, "fruit and building materials", CargoUnit.Wagon, 300_000 * scale, null, null, 60, 0, 40,
                [Route("aktau", "az_shippers", "alat", "aktau", "kz_consignees"), Route("kuryk", "az_shippers", "alat", "kuryk", "kz_consignees")],
                RoutingPolicy.LeastCongested),
        ];
    }
}
