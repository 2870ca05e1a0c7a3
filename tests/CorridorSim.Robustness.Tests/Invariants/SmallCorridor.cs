using System.Text.Json;
using System.Text.Json.Serialization;
using CorridorSim.Corridor.Spec;
using CorridorSim.Testing.Builders;

namespace CorridorSim.Robustness.Tests.Invariants;

/// <summary>
/// A small random corridor across the Caspian: Kazakh shippers and consignees on the east side, Aktau and
/// Alat, European and Azerbaijani ends in the west, a rail ferry (and a container feeder when a flow needs
/// one), an optional border with customs and gauge change on the east side, storms, breakdowns and a
/// closure. Built in code so the invariants can be searched over fleets, capacities and demand at once.
/// </summary>
internal sealed record SmallCorridor(
    ulong Seed,
    int HorizonDays,
    int WarmupDays,
    int Ferries,
    int FerryWagons,
    int FerryTrucks,
    double SailingHours,
    DeparturePolicy Policy,
    double MaxWaitHours,
    IReadOnlyList<double> TimetableHours,
    double? MtbfHours,
    int Feeders,
    int FeederTeu,
    int YardWagons,
    int YardTeu,
    int Berths,
    double LoadHours,
    bool Border,
    int ExchangeTracks,
    bool GaugeChange,
    string? CustomsRegime,
    int Officers,
    int Lanes,
    double PathsPerDay,
    double StormsPerMonth,
    double StormHours,
    int? ClosureStartDay,
    IReadOnlyList<SmallFlow> Flows)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly CustomsRegimeSpec[] Regimes =
    [
        new("paper", Tri(4), 0.1, Tri(3), PreArrival: false, MutualRecognition: false),
        new("pre_arrival", Tri(0.5), 0.05, Tri(3), PreArrival: true, MutualRecognition: false),
        new("mutual", Tri(1), 0.2, Tri(2), PreArrival: false, MutualRecognition: true),
    ];

    public bool CarriesContainers => Flows.Any(f => f.Unit == CargoUnit.Container);

    /// <summary>The corridor as JSON, which is what FsCheck prints for a counterexample.</summary>
    public override string ToString() => JsonSerializer.Serialize(this, Json);

    public CorridorSpec Build()
    {
        CustomsPostSpec? Post() => CustomsRegime is null ? null : new CustomsPostSpec(CustomsRegime, Officers, Lanes);
        var side = new BorderSideSpec(ExchangeTracks, Tri(6), Post(), GaugeChange ? new GaugeChangeSpec(ExchangeTracks, Tri(5)) : null);
        var breakdowns = MtbfHours is { } mtbf ? new BreakdownSpec(mtbf, Tri(36)) : null;
        List<SeaServiceSpec> sea =
        [
            new("aktau_alat_ferry", "aktau", "alat", VesselClass.RailFerry, Ferries, FerryWagons, FerryTrucks, 0, 0, Tri(SailingHours),
                Policy, Policy == DeparturePolicy.MaxWait ? MaxWaitHours : 0, Policy == DeparturePolicy.Timetable ? TimetableHours : [], breakdowns),
        ];
        if (CarriesContainers)
            sea.Add(new("aktau_alat_feeder", "aktau", "alat", VesselClass.ContainerFeeder, Feeders, 0, 0, FeederTeu, 0, Tri(SailingHours),
                DeparturePolicy.MaxWait, Math.Max(1, MaxWaitHours), [], breakdowns));

        List<StormSpec> storms = StormsPerMonth > 0
            ? [new("caspian_storms", ["aktau", "alat", "aktau_alat_ferry"], [.. Enumerable.Repeat(StormsPerMonth, 12)], Tri(StormHours))]
            : [];
        List<DisruptionSpec> closures = ClosureStartDay is { } day ? [new("track_works", "shippers_aktau", day, 3)] : [];

        return new CorridorSpec(
            "small-corridor",
            "A random small corridor for invariant properties.",
            Seed,
            1,
            HorizonDays,
            WarmupDays,
            [new("kz_shippers"), new("az_shippers")],
            [new("europe"), new("kz_consignees")],
            Border ? [new BorderSpec("khorgos", side, side)] : [],
            [Port("aktau"), Port("alat")],
            RailLegs(),
            [
                new("shippers_aktau_road", "kz_shippers", "aktau", Tri(20)),
                new("consignees_aktau_road", "kz_consignees", "aktau", Tri(20)),
                new("alat_europe_road", "alat", "europe", Tri(30)),
                new("alat_az_road", "alat", "az_shippers", Tri(4)),
            ],
            sea,
            Regimes,
            [.. Flows.Select(Flow)],
            storms,
            closures);
    }

    private PortSpec Port(string name) =>
        PortBuilder.Named(name)
            .Yards(wagons: YardWagons, teu: YardTeu)
            .Berths(BerthKind.Ferry, Berths, Tri(LoadHours))
            .Berths(BerthKind.Container, CarriesContainers ? Berths : 0, Tri(LoadHours * 2))
            .Berths(BerthKind.Tanker, 0, Tri(LoadHours))
            .Customs(name == "alat" ? PostAtPort() : null)
            .TrainMaxWaitHours(24)
            .Build();

    private CustomsPostSpec? PostAtPort() => CustomsRegime is null ? null : new CustomsPostSpec(CustomsRegime, Officers, Lanes);

    private List<RailLegSpec> RailLegs()
    {
        List<RailLegSpec> legs =
        [
            new("shippers_aktau", "kz_shippers", "aktau", Tri(48), PathsPerDay),
            new("consignees_aktau", "kz_consignees", "aktau", Tri(40), PathsPerDay),
            new("alat_europe", "alat", "europe", Tri(60), PathsPerDay),
            new("alat_az", "alat", "az_shippers", Tri(6), PathsPerDay),
        ];
        if (Border)
        {
            legs.Add(new("shippers_khorgos", "kz_shippers", "khorgos", Tri(20), PathsPerDay));
            legs.Add(new("consignees_khorgos", "kz_consignees", "khorgos", Tri(20), PathsPerDay));
            legs.Add(new("khorgos_aktau", "khorgos", "aktau", Tri(30), PathsPerDay));
        }

        return legs;
    }

    private FlowSpec Flow(SmallFlow flow, int index)
    {
        var west = flow.Direction == Direction.Westbound;
        var (origin, destination) = west ? ("kz_shippers", "europe") : ("az_shippers", "kz_consignees");
        string[] direct = west ? [origin, "aktau", "alat", destination] : [origin, "alat", "aktau", destination];
        string[] border = west ? [origin, "khorgos", "aktau", "alat", destination] : [origin, "alat", "aktau", "khorgos", destination];
        var twoRoutes = Border && flow.ViaBorder && flow.Unit != CargoUnit.Truck;
        var (tonnesPerUnit, teu, perTrain) = flow.Unit switch
        {
            CargoUnit.Container => (28.0, 2.0, flow.UnitsPerTrain),
            CargoUnit.Truck => (20.0, 0.0, 1),
            _ => (65.0, 0.0, flow.UnitsPerTrain),
        };
        var built = FlowBuilder.Named($"flow_{index}").Between(origin, destination, flow.Direction).Cargo("mixed")
            .Units(flow.Unit, tonnesPerUnit, teu).UnitsPerTrain(perTrain).AnnualTonnes(flow.AnnualTonnes)
            .Routing(twoRoutes ? flow.Routing : RoutingPolicy.FixedShares);
        var spec = twoRoutes
            ? built.Route("direct", direct, flow.DirectShare).Route("via_khorgos", border, 1 - flow.DirectShare).Build()
            : built.Route("direct", direct).Build();
        return spec with { EmptyReturnShare = flow.Unit is CargoUnit.Wagon or CargoUnit.Container ? flow.EmptyReturnShare : 0 };
    }

    private static DistributionSpec Tri(double mode) => DistributionSpec.Triangular(mode * 0.5, mode, mode * 2);
}
