namespace CorridorSim.Corridor.Results;

/// <summary>Tonnes held at one named place when the run ended (a queue, a yard, a train, a vessel).</summary>
public sealed record LedgerEntry(string Place, double Tonnes);

/// <summary>
/// The end-of-run cargo balance: tonnes generated must equal tonnes delivered plus tonnes held in the
/// system, where the held tonnes are summed from what the places actually hold, not computed as a
/// difference; and, where given, the units balance too (<see cref="UnitLedger"/>).
/// </summary>
public sealed record ConservationLedger(double GeneratedTonnes, double DeliveredTonnes, IReadOnlyList<LedgerEntry> InSystem, UnitLedger? Units = null)
{
    public double InSystemTonnes => InSystem.Sum(e => e.Tonnes);

    /// <summary>Generated minus delivered minus held; zero (to rounding) when cargo is conserved.</summary>
    public double Imbalance => GeneratedTonnes - DeliveredTonnes - InSystemTonnes;

    /// <summary>Whether the tonnes, and the units where counted, are conserved.</summary>
    public bool Balances => Math.Abs(Imbalance) <= 1e-6 * Math.Max(1.0, GeneratedTonnes) && Units is not { Balances: false };
}
