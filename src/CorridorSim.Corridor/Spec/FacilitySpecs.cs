namespace CorridorSim.Corridor.Spec;

/// <summary>Where a flow's consignments are created (a Chinese terminal, a Kazakh loading station).</summary>
/// <param name="Name">Unique facility name.</param>
public sealed record OriginSpec(string Name)
{
    /// <summary>Where it lies, for the report's map; null draws it in a schematic layout.</summary>
    public GeoPoint? Position { get; init; }
}

/// <summary>Where a flow's consignments are delivered and leave the model (e.g. Europe via Kars).</summary>
public sealed record DestinationSpec(string Name)
{
    /// <summary>Where it lies, for the report's map; null draws it in a schematic layout.</summary>
    public GeoPoint? Position { get; init; }
}

/// <summary>
/// A gauge-change installation (bogie exchange or transshipment, 1435 ↔ 1520 mm) with its own capacity.
/// </summary>
/// <param name="Tracks">Trains that can be handled at once.</param>
/// <param name="HoursPerTrain">Time to change one train's gauge.</param>
public sealed record GaugeChangeSpec(int Tracks, DistributionSpec HoursPerTrain);

/// <summary>
/// One direction of a border crossing: train exchange and technical checks, customs, and an optional
/// gauge change. The two directions differ (the Kazakh inbound rail border is far slower than outbound).
/// </summary>
/// <param name="ExchangeTracks">Trains that can be exchanged and technically inspected at once.</param>
/// <param name="ExchangeHours">Time for the train exchange and technical inspection of one train.</param>
/// <param name="Customs">The customs post for this direction, or none.</param>
/// <param name="GaugeChange">The gauge change for this direction, or none.</param>
/// <remarks>
/// A side is written either as its procedure <see cref="Steps"/> (with the <see cref="Regime"/> that acts
/// on them) or in the short form of one exchange, a customs post and an optional gauge change; the short
/// form's fields are unused when steps are given.
/// </remarks>
public sealed record BorderSideSpec(
    int ExchangeTracks,
    DistributionSpec ExchangeHours,
    CustomsPostSpec? Customs,
    GaugeChangeSpec? GaugeChange)
{
    /// <summary>The procedure steps a train passes, in order; empty for the short form.</summary>
    public IReadOnlyList<BorderStepSpec> Steps { get; init; } = [];

    /// <summary>The customs regime whose effects act on the steps, or none (no customs on this side).</summary>
    public string? Regime { get; init; }

    /// <summary>
    /// The share of the steps' expected time that is procedure time; when set, procedure steps and the other
    /// steps are rescaled so that this is the share and the total expected time is unchanged, their capacities
    /// scaled alike so each step still handles as many trains a day. Null keeps the steps' own times.
    /// </summary>
    public double? ProceduralShare { get; init; }

    /// <summary>Whether the side is written as procedure steps.</summary>
    public bool HasSteps => Steps.Count > 0;

    /// <summary>The factor <see cref="ProceduralShare"/> puts on <paramref name="step"/>'s time (1 without a share).</summary>
    public double ScaleOf(BorderStepSpec step)
    {
        var (procedure, other) = ShareScale();
        return step.Kind == BorderStepKind.Procedure ? procedure : other;
    }

    /// <summary>
    /// The factors that rescale procedure steps and the other steps so that procedure time is
    /// <see cref="ProceduralShare"/> of the expected total and the total is unchanged; (1, 1) without a share.
    /// </summary>
    public (double Procedure, double Other) ShareScale()
    {
        var procedure = Steps.Where(s => s.Kind == BorderStepKind.Procedure).Sum(ExpectedHours);
        var other = Steps.Where(s => s.Kind != BorderStepKind.Procedure).Sum(ExpectedHours);
        if (ProceduralShare is not { } p || !(procedure + other > 0))
        {
            return (1, 1);
        }

        var total = procedure + other;
        return (procedure > 0 ? p * total / procedure : 1, other > 0 ? (1 - p) * total / other : 1);
    }

    /// <summary>A step's expected hours per train passing the side, before rescaling: its mean time times its probability.</summary>
    public static double ExpectedHours(BorderStepSpec step) => step.Hours.ExpectedValue * Math.Clamp(step.Probability, 0, 1);

    /// <summary>
    /// The capacity a step keeps when the procedural share rescales its time by <paramref name="scale"/>: scaled
    /// alike (at least 1), so the post still handles as many trains a day and the share moves time between
    /// procedure and physical work rather than creating or removing a bottleneck.
    /// </summary>
    public static int ScaledCapacity(int trains, double scale) => scale == 1 ? trains : (int)Math.Max(1, Math.Round(trains * scale));

    /// <summary>A side written as procedure steps.</summary>
    public static BorderSideSpec OfSteps(IReadOnlyList<BorderStepSpec> steps, string? regime = null, double? proceduralShare = null) =>
        new(0, DistributionSpec.Constant(0), null, null) { Steps = steps, Regime = regime, ProceduralShare = proceduralShare };

    /// <summary>
    /// The steps with a capacity that a train is held for here, in the order it meets them: the procedure steps
    /// (their times and capacities rescaled by <see cref="ProceduralShare"/>), or in the short form the
    /// exchange and the gauge change (customs comes after those <see cref="BorderStep.BeforeCustoms"/>).
    /// </summary>
    public IReadOnlyList<BorderStep> TrainSteps =>
        HasSteps
            ? [.. Steps.Where(s => s.CapacityTrains is not null).Select(s => new BorderStep(s.Name, s.Name.Replace('_', ' '), ScaledCapacity(s.CapacityTrains!.Value, ScaleOf(s)), s.Hours, BeforeCustoms: false)
            {
                Scale = ScaleOf(s),
                Probability = s.Probability,
                CargoClasses = s.CargoClasses,
            })]
            : GaugeChange is { } gauge
                ? [Exchange, new BorderStep(Vocabulary.StageName.GaugeChange, "gauge change", gauge.Tracks, gauge.HoursPerTrain, BeforeCustoms: false)]
                : [Exchange];

    private BorderStep Exchange => new(Vocabulary.StageName.Exchange, "exchange tracks", ExchangeTracks, ExchangeHours, BeforeCustoms: true);

    /// <summary>
    /// The expected hours a consignment of <paramref name="unit"/> spends in service here, waits left out:
    /// with steps, each step's rescaled time times its probability (pre-arrival overlap not counted); in the
    /// short form the exchange, customs under <paramref name="regime"/> (document check and the expected
    /// inspection), and the gauge change, of which a truck meets only customs.
    /// </summary>
    public double ExpectedServiceHours(CargoUnit unit, CustomsRegimeSpec? regime)
    {
        if (HasSteps)
        {
            return Steps.Sum(s => ExpectedHours(s) * ScaleOf(s));
        }

        var trains = unit != CargoUnit.Truck;
        var hours = trains ? ExchangeHours.ExpectedValue : 0;
        if (Customs is not null && regime is not null)
        {
            hours += regime.DocumentCheckHours.ExpectedValue
                + (regime.InspectionProbability * (regime.InspectionHours?.ExpectedValue ?? 0));
        }

        if (GaugeChange is { } gauge && trains)
        {
            hours += gauge.HoursPerTrain.ExpectedValue;
        }

        return hours;
    }
}

/// <summary>A rail border crossing between two railways (Dostyk, Altynkol, Beyuk-Kesik, Akhalkalaki).</summary>
public sealed record BorderSpec(string Name, BorderSideSpec Westbound, BorderSideSpec Eastbound)
{
    /// <summary>Where it lies, for the report's map; null draws it in a schematic layout.</summary>
    public GeoPoint? Position { get; init; }
}

/// <summary>
/// A port (Aktau, Kuryk, Alat, Poti, Batumi): a yard that holds cargo between land and sea, berths or
/// linkspans where vessels load and unload, customs, and the re-forming of trains after a crossing.
/// </summary>
/// <param name="Name">Unique facility name.</param>
/// <param name="YardCapacityWagons">Wagons (and trucks) the rail/ro-ro yard holds; a full yard blocks arrivals upstream.</param>
/// <param name="YardCapacityTeu">Containers (TEU) the container yard holds.</param>
/// <param name="YardCapacityTonnes">Oil (tonnes) the tank farm holds.</param>
/// <param name="Berths">
/// The port's berths by kind, each with its count and handling time (scenario keys <c>ferry_berths</c>,
/// <c>ferry_load_hours</c> and so on, per <see cref="VesselClassRules"/>); a kind not listed has none.
/// </param>
/// <param name="Customs">The port's customs post (applied to cargo entering from the sea), or none.</param>
/// <param name="TrainMaxWaitHours">
/// Longest time wagons or containers landed from the sea wait for a full train before a shorter train leaves.
/// </param>
public sealed record PortSpec(
    string Name,
    int YardCapacityWagons,
    int YardCapacityTeu,
    double YardCapacityTonnes,
    IReadOnlyList<BerthSpec> Berths,
    CustomsPostSpec? Customs,
    double TrainMaxWaitHours)
{
    /// <summary>Where it lies, for the report's map; null draws it in a schematic layout.</summary>
    public GeoPoint? Position { get; init; }

    /// <summary>The port's berths of <paramref name="kind"/>; none (count zero, no handling time) when not listed.</summary>
    public BerthSpec Berth(BerthKind kind) =>
        Berths.FirstOrDefault(b => b.Kind == kind) ?? new BerthSpec(kind, 0, DistributionSpec.Constant(0));

    /// <summary>The berths the vessels of <paramref name="vesselClass"/> use here.</summary>
    public BerthSpec BerthFor(VesselClass vesselClass) => Berth(VesselClassRules.For(vesselClass).Berth);

    /// <summary>The expected hours to load or unload one vessel of <paramref name="vesselClass"/> here; zero without a handling time.</summary>
    public double HandlingHours(VesselClass vesselClass) => BerthFor(vesselClass).HandlingHours?.ExpectedValue ?? 0;
}

/// <summary>
/// A rail line between two facilities (Dostyk → Aktau, Alat → Beyuk-Kesik). Usable in both directions,
/// each direction with its own train paths.
/// </summary>
/// <param name="Name">Unique leg name.</param>
/// <param name="From">The facility at the leg's westbound start (its eastern end).</param>
/// <param name="To">The facility at the leg's westbound end.</param>
/// <param name="TravelHours">Running time of one train, yard time included.</param>
/// <param name="TrainPathsPerDay">Trains that may enter the line per day in each direction.</param>
public sealed record RailLegSpec(
    string Name,
    string From,
    string To,
    DistributionSpec TravelHours,
    double TrainPathsPerDay);

/// <summary>
/// A road between two facilities, driven by trucks one at a time; it has no path capacity of its own.
/// </summary>
/// <param name="From">The facility at the road's westbound start.</param>
/// <param name="To">The facility at the road's westbound end.</param>
/// <param name="TravelHours">Driving time of one truck, rests included.</param>
public sealed record RoadLegSpec(string Name, string From, string To, DistributionSpec TravelHours);

/// <summary>Vessel breakdowns: mean time between failures (operating hours) and repair time.</summary>
public sealed record BreakdownSpec(double MtbfHours, DistributionSpec RepairHours);

/// <summary>
/// A sea service across the Caspian (or the Black Sea): a fleet of one vessel class sailing round trips
/// between a western and an eastern port, carrying each direction's cargo or sailing empty.
/// </summary>
/// <param name="Name">Unique service name (e.g. <c>aktau_alat_ferry</c>).</param>
/// <param name="EastPort">Port where westbound cargo boards (Aktau, Kuryk).</param>
/// <param name="WestPort">Port where westbound cargo lands (Alat).</param>
/// <param name="VesselClass">What the vessels carry.</param>
/// <param name="Vessels">Number of vessels in the fleet; at the start they are split between the two ports.</param>
/// <param name="CapacityWagons">Rail ferry: wagons per sailing (deck shared with trucks).</param>
/// <param name="CapacityTrucks">Rail ferry: trucks per sailing when carrying only trucks.</param>
/// <param name="CapacityTeu">Container feeder: TEU per sailing.</param>
/// <param name="CapacityTonnes">Tanker: tonnes per sailing.</param>
/// <param name="SailingHours">Time at sea one way, pilotage included.</param>
/// <param name="Policy">When a loading vessel sails.</param>
/// <param name="MaxWaitHours">For <see cref="DeparturePolicy.MaxWait"/>: hours after first cargo aboard.</param>
/// <param name="TimetableHours">For <see cref="DeparturePolicy.Timetable"/>: departure hours within each week (0..168).</param>
/// <param name="Breakdowns">Vessel failures, or none.</param>
/// <param name="TransshipsWagons">
/// Whether a wagon's cargo moves from the wagon to the vessel at the boarding port (Poti, Batumi) instead of
/// the wagon sailing: the cargo keeps its consignment, and the wagon is free there to return empty.
/// </param>
public sealed record SeaServiceSpec(
    string Name,
    string EastPort,
    string WestPort,
    VesselClass VesselClass,
    int Vessels,
    int CapacityWagons,
    int CapacityTrucks,
    int CapacityTeu,
    double CapacityTonnes,
    DistributionSpec SailingHours,
    DeparturePolicy Policy,
    double MaxWaitHours,
    IReadOnlyList<double> TimetableHours,
    BreakdownSpec? Breakdowns,
    bool TransshipsWagons = false);
