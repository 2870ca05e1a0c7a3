using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Spec;

/// <summary>
/// One way a flow can go: the facilities it passes in order, origin first and destination last. Consecutive
/// facilities are joined by a rail leg, a road leg or a sea service (for two ports).
/// </summary>
/// <param name="Name">Route name, unique within its flow (e.g. <c>via_kuryk_btk</c>).</param>
/// <param name="Via">Facility names from origin to destination.</param>
/// <param name="Share">For <see cref="RoutingPolicy.FixedShares"/>: the fraction of trains taking it.</param>
public sealed record RouteSpec(string Name, IReadOnlyList<string> Via, double Share);

/// <summary>
/// A stream of cargo between an origin and a destination: how much a year, in what units, in which
/// direction, with what seasonality and growth, over which routes.
/// </summary>
/// <param name="Name">Unique flow name (e.g. <c>kz_exports_west</c>).</param>
/// <param name="Origin">Origin facility.</param>
/// <param name="Destination">Destination facility.</param>
/// <param name="Direction">Westbound or eastbound.</param>
/// <param name="CargoClass">Free text class for reports (grain, metals, containers, oil).</param>
/// <param name="Unit">The physical unit each consignment is.</param>
/// <param name="AnnualTonnes">Demand at the start of the horizon, tonnes per year.</param>
/// <param name="AnnualTonnesEnd">If set, demand ramps linearly to this by the end of the horizon.</param>
/// <param name="MonthlySeasonality">Twelve factors (January first) averaging 1; null means flat.</param>
/// <param name="TonnesPerUnit">Tonnes of cargo per consignment (per wagon, per TEU, per truck, per parcel).</param>
/// <param name="TeuPerUnit">TEU per consignment (containers: 1 or 2; others 0).</param>
/// <param name="UnitsPerTrain">Wagons or containers per train formed at the origin and after a sea crossing (1 for trucks and oil parcels).</param>
/// <param name="Routes">The routes the flow may take; at least one.</param>
/// <param name="Routing">How a route is chosen.</param>
/// <param name="EmptyReturnShare">
/// Share of the flow's wagons or containers that, once unloaded at the destination, return empty to the
/// origin by the reverse of their route (0 … 1; 0 for trucks and oil parcels, which it does not apply to).
/// </param>
/// <param name="WagonPool">
/// If set, the wagons or containers the flow owns: a train at the origin waits until enough of them are
/// back (the empties returned, and those reloaded elsewhere once unloaded); null means unlimited.
/// </param>
/// <remarks>
/// Reports pool flows by <see cref="Group"/> (all China–Europe containers together, whichever way they go);
/// a flow that names none is a group of its own.
/// </remarks>
public sealed record FlowSpec(
    string Name,
    string Origin,
    string Destination,
    Direction Direction,
    string CargoClass,
    CargoUnit Unit,
    double AnnualTonnes,
    double? AnnualTonnesEnd,
    IReadOnlyList<double>? MonthlySeasonality,
    double TonnesPerUnit,
    double TeuPerUnit,
    int UnitsPerTrain,
    IReadOnlyList<RouteSpec> Routes,
    RoutingPolicy Routing,
    double EmptyReturnShare = 0,
    int? WagonPool = null)
{
    /// <summary>
    /// The group reports pool the flow under (<c>china_europe_containers</c>, <c>bulk</c>, <c>oil</c>, <c>trucks</c>),
    /// a <see cref="FolderSafeWord"/>; when not set, the flow's own name made folder-safe (<see cref="FolderSafeWord.From"/>).
    /// </summary>
    public string Group
    {
        get => field ?? FolderSafeWord.From(Name);
        init;
    }
}
