using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Results;

/// <summary>
/// What one facility (origin, border, port, rail leg, sea service, destination) did over the measurement
/// window of one replication: one row of <c>nodes.csv</c>.
/// </summary>
/// <param name="Facility">Facility, leg or sea service name.</param>
/// <param name="Kind">What kind of place the facility is.</param>
/// <param name="ThroughputTonnes">Tonnes that left the facility in the window.</param>
/// <param name="UnitsServed">Consignments (wagons, containers, trucks, parcels) that left it in the window.</param>
/// <param name="MeanWaitHours">Mean hours a consignment waited there before service began.</param>
/// <param name="P95WaitHours">95th percentile of those waits.</param>
/// <param name="MeanQueue">Time-average consignments waiting there.</param>
/// <param name="MaxQueue">Most consignments waiting there at once.</param>
/// <param name="Utilisation">Time-average busy share of its binding capacity (berths, tracks, paths, vessels), 0..1.</param>
/// <param name="ClosureHours">Hours closed by storms or disruptions in the window.</param>
/// <param name="WaitingConsignmentHours">Sum over consignments of hours spent waiting there (for the bottleneck share).</param>
/// <param name="Sea">Sea-service figures by direction; null for other kinds.</param>
public sealed record FacilityStats(
    string Facility,
    FacilityKind Kind,
    double ThroughputTonnes,
    long UnitsServed,
    double MeanWaitHours,
    double P95WaitHours,
    double MeanQueue,
    double MaxQueue,
    double Utilisation,
    double ClosureHours,
    double WaitingConsignmentHours,
    SeaServiceStats? Sea);

/// <summary>Departures, mean load and load factor of a sea service, by direction.</summary>
/// <param name="LoadUnit">What a load is counted in: wagons (deck slots), teu or tonnes.</param>
/// <param name="VesselHoursOutOfService">Vessel-hours under repair after breakdowns in the window.</param>
/// <param name="VesselHoursWaitingForBerth">Vessel-hours at the anchorage with work to do, waiting for a berth or for the port to reopen.</param>
/// <param name="VesselHoursWaitingForCargo">Vessel-hours at the anchorage waiting to be called for cargo (or for a timetabled hour).</param>
/// <param name="LoadedUnitsWestbound">Loaded units (wagons, containers, trucks, parcels) that sailed westbound in the window.</param>
/// <param name="LoadedUnitsEastbound">Loaded units that sailed eastbound.</param>
/// <param name="EmptyUnitsWestbound">Empty wagons and containers that sailed westbound.</param>
/// <param name="EmptyUnitsEastbound">Empty wagons and containers that sailed eastbound.</param>
public sealed record SeaServiceStats(
    string LoadUnit,
    long DeparturesWestbound,
    long DeparturesEastbound,
    double MeanLoadWestbound,
    double MeanLoadEastbound,
    double LoadFactorWestbound,
    double LoadFactorEastbound,
    double VesselHoursOutOfService = 0,
    double VesselHoursWaitingForBerth = 0,
    double VesselHoursWaitingForCargo = 0,
    long LoadedUnitsWestbound = 0,
    long LoadedUnitsEastbound = 0,
    long EmptyUnitsWestbound = 0,
    long EmptyUnitsEastbound = 0);
