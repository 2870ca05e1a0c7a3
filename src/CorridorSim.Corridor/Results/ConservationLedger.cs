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
    /// <summary>Tonnes still held somewhere in the corridor at the end of the run.</summary>
    public double InSystemTonnes => InSystem.Sum(e => e.Tonnes);

    /// <summary>Generated minus delivered minus held; zero (to rounding) when cargo is conserved.</summary>
    public double Imbalance => GeneratedTonnes - DeliveredTonnes - InSystemTonnes;

    /// <summary>
    /// Whether generated = delivered + held, to a relative tolerance of one part per million, and, where
    /// counted, the units balance too.
    /// </summary>
    public bool Balances => Math.Abs(Imbalance) <= 1e-6 * Math.Max(1.0, GeneratedTonnes) && Units is not { Balances: false };
}
