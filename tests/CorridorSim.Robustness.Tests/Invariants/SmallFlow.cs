using CorridorSim.Corridor.Spec;

namespace CorridorSim.Robustness.Tests.Invariants;

/// <summary>One flow of a <see cref="SmallCorridor"/>: its direction, unit, demand, train size and routes.</summary>
/// <param name="ViaBorder">Whether the flow may also take the route through the border (rail units only, and only if the corridor has one).</param>
/// <param name="DirectShare">Share of trains on the direct route under fixed shares, when there are two routes.</param>
/// <param name="EmptyReturnShare">Share of its wagons or containers that return empty once unloaded.</param>
internal sealed record SmallFlow(
    Direction Direction,
    CargoUnit Unit,
    double AnnualTonnes,
    int UnitsPerTrain,
    RoutingPolicy Routing,
    bool ViaBorder,
    double DirectShare,
    double EmptyReturnShare = 0);
