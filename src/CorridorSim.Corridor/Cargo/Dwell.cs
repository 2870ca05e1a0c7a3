using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Cargo;

/// <summary>
/// The time a train or landed batch spends at one facility, split into waiting (queued for a track, an
/// officer, a lane or a reopening) and service, each hour of waiting charged to what it waited for.
/// </summary>
/// <remarks>
/// Every wait goes through <see cref="StartWaiting"/> and <see cref="StopWaiting"/>, which also move the
/// facility's waiting level, so that the time-average queue and the summed waits agree (Little's law). A
/// wait names its cause when it starts and may name another as it goes on (<see cref="Because"/>: a train
/// held by a closure, then queued for the step's capacity); the parts sum to <see cref="WaitHours"/>.
/// </remarks>
internal sealed class Dwell
{
    private readonly List<(CauseAccount Cause, double Hours)> _parts = [];
    private FacilityMonitor? _monitor;
    private CauseAccount? _cause;
    private int _units;
    private double _tonnes;
    private double _since;
    private double _causeSince;

    /// <summary>Hours waited at the current facility so far.</summary>
    public double WaitHours { get; private set; }

    /// <summary>The hours waited so far, by cause.</summary>
    public IReadOnlyList<(CauseAccount Cause, double Hours)> Parts => _parts;

    /// <summary>Starts the dwell at a new facility; with no monitor, waits are summed but no level moves.</summary>
    public void Begin(FacilityMonitor? monitor, int units, double tonnes)
    {
        _monitor = monitor;
        _units = units;
        _tonnes = tonnes;
        WaitHours = 0;
        _parts.Clear();
    }

    public void StartWaiting(double now, CauseAccount cause)
    {
        _since = now;
        _causeSince = now;
        _cause = cause;
        _monitor?.StartWaiting(_units, _tonnes);
    }

    /// <summary>From <paramref name="now"/> on, the wait under way is for <paramref name="cause"/>.</summary>
    public void Because(double now, CauseAccount cause)
    {
        if (_cause == cause)
        {
            return;
        }

        Close(now);
        _cause = cause;
        _causeSince = now;
    }

    public void StopWaiting(double now)
    {
        WaitHours += now - _since;
        Close(now);
        _cause = null;
        _monitor?.StopWaiting(_units, _tonnes);
    }

    /// <summary>Adds waiting that was not followed as a level (the queue for inspection lanes).</summary>
    public void AddWait(double hours, CauseAccount cause)
    {
        WaitHours += hours;
        _parts.Add((cause, hours));
    }

    /// <summary>Charges the waits so far to their causes, for <paramref name="units"/> consignments of <paramref name="tonnes"/>.</summary>
    public void ChargeCauses(double units, double tonnes)
    {
        foreach (var (cause, hours) in _parts)
        {
            cause.Charge(hours, units, tonnes);
        }
    }

    private void Close(double now)
    {
        if (_cause is not null)
        {
            _parts.Add((_cause, now - _causeSince));
        }
    }
}
