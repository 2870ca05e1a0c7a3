namespace CorridorSim.Corridor.Spec;

/// <summary>
/// Non-corridor traffic on a shared facility (China–Kazakhstan bilateral trains at Dostyk, Georgian domestic
/// trains on a line): whole trains that occupy the same capacities as corridor trains, are reported apart and
/// count in no corridor KPI.
/// </summary>
/// <param name="Name">Unique name; also names its random streams.</param>
/// <param name="At">The border crossing (its side for <paramref name="Direction"/>) or rail leg the trains use.</param>
/// <param name="Direction">Which side of a border, or which direction of a line.</param>
/// <param name="TrainsPerDay">Mean trains a day (a Poisson process).</param>
/// <param name="TonnesPerTrain">Tonnes one train carries, for the ledger.</param>
public sealed record BackgroundFlowSpec(string Name, string At, Direction Direction, double TrainsPerDay, double TonnesPerTrain);
