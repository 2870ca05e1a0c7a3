using CorridorSim.Corridor.Results;

namespace CorridorSim.Corridor.Tests.Support;

/// <summary>The conservation check every test runs: tonnes generated = delivered + held by the places that hold them.</summary>
internal static class LedgerAssert
{
    public static void Balances(ReplicationResult result)
    {
        var ledger = result.Ledger;
        Assert.True(
            ledger.Balances,
            $"Ledger imbalance {ledger.Imbalance} t: generated {ledger.GeneratedTonnes}, delivered {ledger.DeliveredTonnes}, " +
            $"held {ledger.InSystemTonnes} in {string.Join(", ", ledger.InSystem.Select(e => $"{e.Place}={e.Tonnes}"))}");
        Assert.All(ledger.InSystem, e => Assert.True(e.Tonnes > 0, $"{e.Place} reports {e.Tonnes} t"));
    }
}
