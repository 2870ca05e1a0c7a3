using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Cargo;

/// <summary>
/// The time a train or landed batch spends at one facility, split into waiting (queued for a track, an
/// officer, a lane or a reopening) and service.
/// </summary>
/// <remarks>
/// Every wait goes through <see cref="StartWaiting"/> and <see cref="StopWaiting"/>, which also move the
/// facility's waiting level, so that the time-average queue and the summed waits agree (Little's law).
/// </remarks>
internal sealed class Dwell
{
    private FacilityMonitor? _monitor;
    private int _units;
    private double _tonnes;
    private double _since;

    /// <summary>Hours waited at the current facility so far.</summary>
    public double WaitHours { get; private set; }

    /// <summary>Starts the dwell at a new facility; with no monitor, waits are summed but no level moves.</summary>
    public void Begin(FacilityMonitor? monitor, int units, double tonnes)
    {
        _monitor = monitor;
        _units = units;
        _tonnes = tonnes;
        WaitHours = 0;
    }

    public void StartWaiting(double now)
    {
        _since = now;
        _monitor?.StartWaiting(_units, _tonnes);
    }

    public void StopWaiting(double now)
    {
        WaitHours += now - _since;
        _monitor?.StopWaiting(_units, _tonnes);
    }

    /// <summary>Adds waiting that was not followed as a level (the queue for inspection lanes).</summary>
    public void AddWait(double hours) => WaitHours += hours;
}
