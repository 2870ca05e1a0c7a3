namespace CorridorSim.Experiments;

/// <summary>
/// One point of a parameter sweep: its index, the value of each varied key (in the order the keys were
/// given), and the experiment run there.
/// </summary>
/// <param name="Settings">Varied key path → the value as written (e.g. <c>sea_services.aktau_alat_ferry.vessels</c> → <c>6</c>).</param>
public sealed record SweepPoint(int Point, IReadOnlyList<KeyValuePair<string, string>> Settings, ExperimentResult Result);
