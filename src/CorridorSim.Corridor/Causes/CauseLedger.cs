using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Corridor.Causes;

/// <summary>
/// The accounts of every cause of waiting in one replication: facilities open theirs when they are built
/// and charge them where their cargo waits (see <see cref="WaitCause"/> for the rule).
/// </summary>
internal sealed class CauseLedger
{
    private readonly Dictionary<WaitCause, CauseAccount> _accounts = [];
    private readonly List<CauseAccount> _order = [];

    /// <summary>The account of a cause, opened on first use; <paramref name="utilisation"/> is kept from the first opening.</summary>
    public CauseAccount Account(WaitCauseKind kind, string facility, FacilityKind facilityKind, string? detail, Func<double> utilisation)
    {
        var cause = new WaitCause(kind, facility, facilityKind, detail);
        if (!_accounts.TryGetValue(cause, out var account))
        {
            account = new CauseAccount(cause, utilisation);
            _accounts.Add(cause, account);
            _order.Add(account);
        }

        return account;
    }

    /// <summary>Forgets every charge (end of the warm-up), as the facilities forget their waits.</summary>
    public void Reset()
    {
        foreach (var account in _order)
        {
            account.Reset();
        }
    }

    /// <summary>The causes that were charged any waiting, in the order their accounts were opened.</summary>
    public IReadOnlyList<CauseWaits> Results() =>
        [.. _order.Where(a => a.ConsignmentHours > 0).Select(a => new CauseWaits(a.Cause, a.ConsignmentHours, a.TonneHours, Finite(a.Utilisation())))];

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
