using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Results;

/// <summary>One departure of a vessel of a sea service: one row of <c>sailings.csv</c>.</summary>
/// <remarks>
/// Recorded as the vessel casts off, with its arrival hour already known (the crossing time is drawn then),
/// so a sailing still at sea at the end of the horizon has an arrival hour after it. Every departure of the
/// horizon is listed, warm-up included; the tables built from sailings count those of the window.
/// </remarks>
/// <param name="Service">The sea service's name.</param>
/// <param name="Vessel">The vessel's number in the service's fleet, from 0.</param>
/// <param name="Direction">Westbound from the service's east port, eastbound from its west port.</param>
/// <param name="FromPort">The port it left.</param>
/// <param name="ToPort">The port it sails to.</param>
/// <param name="DepartedHours">Hour it left the berth or the anchorage.</param>
/// <param name="ArrivedHours">Hour it reaches the other port.</param>
/// <param name="WagonsLoaded">Loaded rail wagons aboard.</param>
/// <param name="WagonsEmpty">Empty rail wagons aboard, going back to their origin.</param>
/// <param name="Trucks">Trucks aboard.</param>
/// <param name="TeuLoaded">Loaded containers aboard, in TEU.</param>
/// <param name="TeuEmpty">Empty containers aboard, in TEU.</param>
/// <param name="Tonnes">Tonnes of cargo aboard, whatever the unit.</param>
/// <param name="OilTonnes">The part of <paramref name="Tonnes"/> carried as oil parcels.</param>
/// <param name="LoadFactor">Load aboard as a share of one vessel's capacity, in the service's load unit (0..1).</param>
/// <param name="WaitedForCargoHours">Hours it waited at the anchorage of <paramref name="FromPort"/> to be called for cargo.</param>
/// <param name="WaitedForBerthHours">Hours it waited there for a berth or an open port, to unload or to load.</param>
public readonly record struct SailingRecord(
    string Service,
    int Vessel,
    Direction Direction,
    string FromPort,
    string ToPort,
    double DepartedHours,
    double ArrivedHours,
    long WagonsLoaded,
    long WagonsEmpty,
    long Trucks,
    double TeuLoaded,
    double TeuEmpty,
    double Tonnes,
    double OilTonnes,
    double LoadFactor,
    double WaitedForCargoHours,
    double WaitedForBerthHours);
