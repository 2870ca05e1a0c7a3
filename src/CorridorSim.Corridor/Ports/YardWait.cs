using CorridorSim.Corridor.Causes;

namespace CorridorSim.Corridor.Ports;

/// <summary>
/// How a consignment's time in a port's yard began: the waits before it was ready for a vessel or a train
/// (room at the gate, officers and lanes of the port's customs) and, for a vessel, the service's fleet clock
/// when it became ready, so that its wait for a vessel can be split by what the vessels did meanwhile.
/// </summary>
/// <remarks>One per train entering from land or per landed batch: the consignments that arrived together share it.</remarks>
internal sealed class YardWait
{
    // Implementation note: most waits before are one part, a train's hours at the gate for room; its cause is
    // kept in a field of its own, its hours being BeforeHours, so that such a wait allocates no array.
    private readonly CauseAccount? _onlyCause;
    private readonly (CauseAccount Cause, double Hours)[] _before;

    public YardWait(IReadOnlyList<(CauseAccount Cause, double Hours)> before, double beforeHours, FleetMark? mark)
        : this(null, before.Count == 0 ? [] : [.. before], beforeHours, mark)
    {
    }

    // The waits before are never changed once copied in, so waits made from this one share them.
    private YardWait(CauseAccount? onlyCause, (CauseAccount Cause, double Hours)[] before, double beforeHours, FleetMark? mark)
    {
        _onlyCause = onlyCause;
        _before = before;
        BeforeHours = beforeHours;
        Mark = mark;
    }

    /// <summary>How the units of a train from land began their wait: <paramref name="gateHours"/> at the gate for room, none if 0.</summary>
    public static YardWait AfterGate(CauseAccount cause, double gateHours, FleetMark mark) =>
        new(gateHours > 0 ? cause : null, [], gateHours, mark);

    /// <summary>Hours waited in the port before it was ready.</summary>
    public double BeforeHours { get; }

    /// <summary>The fleet clock of the service it waits for when it was ready; null if it waits for a train.</summary>
    public FleetMark? Mark { get; }

    /// <summary>The same waits before, with the clock of the service it now waits for.</summary>
    public YardWait For(FleetMark mark) => new(_onlyCause, _before, BeforeHours, mark);

    /// <summary>
    /// Charges the waits before readiness out of a recorded wait of <paramref name="hours"/> for one
    /// consignment of <paramref name="tonnes"/>, and returns the hours left, waited since it was ready.
    /// </summary>
    /// <remarks>
    /// A vessel called before the unit was ready may take it at once, so the port counts less than the waits
    /// before; they are then charged in proportion, so the parts still sum to what the port recorded.
    /// </remarks>
    public double ChargeBefore(double hours, double tonnes)
    {
        if (!(hours > 0))
        {
            return 0;
        }

        var before = Math.Min(hours, BeforeHours);
        if (before > 0)
        {
            var scale = before / BeforeHours;
            _onlyCause?.Charge(BeforeHours * scale, 1, tonnes);
            foreach (var (cause, part) in _before)
            {
                cause.Charge(part * scale, 1, tonnes);
            }
        }

        return hours - before;
    }
}
