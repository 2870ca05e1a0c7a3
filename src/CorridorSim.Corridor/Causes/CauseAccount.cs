namespace CorridorSim.Corridor.Causes;

/// <summary>The consignment-hours and tonne-hours charged to one cause in one replication since the warm-up.</summary>
/// <remarks>
/// Implementation note: facilities take their accounts once when they are built, so charging a wait is two
/// additions, never a look-up. A charge follows the rule of <see cref="Statistics.WaitHistogram"/>: only a
/// positive wait of a positive number of consignments counts, so the causes sum to the facilities' waits.
/// </remarks>
internal sealed class CauseAccount
{
    public CauseAccount(WaitCause cause, Func<double> utilisation)
    {
        Cause = cause;
        Utilisation = utilisation;
    }

    public WaitCause Cause { get; }

    /// <summary>The busy share of the capacity the cause belongs to, read when the replication ends.</summary>
    public Func<double> Utilisation { get; }

    public double ConsignmentHours { get; private set; }

    public double TonneHours { get; private set; }

    /// <summary>Charges <paramref name="hours"/> waited by <paramref name="units"/> consignments of <paramref name="tonnes"/> together.</summary>
    public void Charge(double hours, double units, double tonnes)
    {
        if (!(hours > 0) || !(units > 0))
        {
            return;
        }

        ConsignmentHours += hours * units;
        TonneHours += hours * tonnes;
    }

    public void Reset()
    {
        ConsignmentHours = 0;
        TonneHours = 0;
    }
}
