using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Weather;

/// <summary>
/// Whether a facility, leg or sea service is open: storms and scheduled disruptions close it, and whatever
/// needs it open waits for <see cref="WhenOpen"/>.
/// </summary>
/// <remarks>
/// Closures nest: a storm during a maintenance window keeps the place closed until both have ended. While
/// closed, <see cref="WhenOpen"/> is one pending event that succeeds when the last closure ends; waiters
/// loop on <see cref="IsOpen"/> because a new closure may begin in the same instant. Closed hours are
/// counted from the end of the warm-up.
/// </remarks>
internal sealed class ClosureGate
{
    private readonly Simulation _simulation;
    private int _closures;
    private double _closedSince;
    private double _countFrom;
    private double _closedHours;
    private Event? _opened;

    public ClosureGate(Simulation simulation, double countFrom)
    {
        _simulation = simulation;
        _countFrom = countFrom;
    }

    /// <summary>True unless some closure is in force.</summary>
    public bool IsOpen => _closures == 0;

    /// <summary>An event that happens when the place next opens; only meaningful while closed.</summary>
    public Event WhenOpen => _opened ??= _simulation.Event();

    /// <summary>Begins one closure.</summary>
    public void Close()
    {
        if (_closures++ == 0)
        {
            _closedSince = _simulation.Now;
        }
    }

    /// <summary>Ends one closure; the place opens when the last one ends.</summary>
    public void Open()
    {
        if (_closures == 0)
        {
            throw new InvalidOperationException("A place was opened more often than it was closed.");
        }

        if (--_closures > 0)
        {
            return;
        }

        _closedHours += ClosedSpan();
        var opened = _opened;
        _opened = null;
        opened?.Succeed();
    }

    /// <summary>Hours closed since counting began, including a closure still in force.</summary>
    public double ClosedHours => _closedHours + (_closures > 0 ? ClosedSpan() : 0);

    /// <summary>Restarts the count of closed hours now (end of the warm-up).</summary>
    public void Reset()
    {
        _closedHours = 0;
        _countFrom = _simulation.Now;
    }

    private double ClosedSpan() => Math.Max(0, _simulation.Now - Math.Max(_closedSince, _countFrom));
}
