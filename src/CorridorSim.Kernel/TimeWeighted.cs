namespace CorridorSim.Kernel;

/// <summary>
/// A statistic over a level that holds between changes, such as the number of wagons waiting at a border
/// or the share of berths in use: its exact integral over time, time-average, variance and extremes.
/// </summary>
/// <remarks>
/// The level is piecewise constant; each <see cref="Update"/> closes the current piece at
/// <see cref="Simulation.Now"/>, so integral and mean are exact up to rounding, and every figure includes
/// the piece still open at the time it is read. <see cref="Reset"/> restarts the statistics at Now with the
/// current level (after a warm-up); while <see cref="Active"/> is false, the level is followed but no time
/// is counted.
/// </remarks>
public sealed class TimeWeighted
{
    private readonly Simulation _simulation;
    private double _level;
    private double _since;
    private double _area;
    private double _squareArea;
    private double _duration;
    private double _min;
    private double _max;
    private bool _active = true;

    /// <summary>Creates a monitor whose level is <paramref name="initial"/> from now on.</summary>
    public TimeWeighted(Simulation simulation, double initial = 0)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        _simulation = simulation;
        _level = initial;
        Reset();
    }

    /// <summary>The current level.</summary>
    public double Level => _level;

    /// <summary>Whether time is counted; switching it on starts counting at Now.</summary>
    public bool Active
    {
        get => _active;
        set
        {
            if (value == _active)
            {
                return;
            }

            Close();
            _active = value;
            if (value)
            {
                Observe(_level);
            }
        }
    }

    /// <summary>The hours counted since the last reset.</summary>
    public double Duration => _duration + OpenSpan();

    /// <summary>The integral of the level over the counted time (level × hours).</summary>
    public double Integral => _area + (_level * OpenSpan());

    /// <summary>The time-average of the level; NaN if no time has been counted.</summary>
    public double Mean
    {
        get
        {
            var duration = Duration;
            return duration > 0 ? Integral / duration : double.NaN;
        }
    }

    /// <summary>The time-weighted variance of the level; NaN if no time has been counted.</summary>
    public double Variance
    {
        get
        {
            var duration = Duration;
            if (!(duration > 0))
            {
                return double.NaN;
            }

            var mean = Integral / duration;
            var meanSquare = (_squareArea + (_level * _level * OpenSpan())) / duration;
            return Math.Max(0, meanSquare - (mean * mean));
        }
    }

    /// <summary>The time-weighted standard deviation of the level.</summary>
    public double StdDev => Math.Sqrt(Variance);

    /// <summary>The smallest level held while counting since the last reset.</summary>
    public double Min => _min;

    /// <summary>The largest level held while counting since the last reset.</summary>
    public double Max => _max;

    /// <summary>Sets the level from now on.</summary>
    public void Update(double level)
    {
        Close();
        _level = level;
        if (_active)
        {
            Observe(level);
        }
    }

    /// <summary>Forgets the history and starts counting at Now with the current level.</summary>
    public void Reset()
    {
        _area = 0;
        _squareArea = 0;
        _duration = 0;
        _since = _simulation.Now;
        _min = _level;
        _max = _level;
    }

    private double OpenSpan() => _active ? _simulation.Now - _since : 0;

    private void Close()
    {
        var now = _simulation.Now;
        if (_active)
        {
            var span = now - _since;
            _area += _level * span;
            _squareArea += _level * _level * span;
            _duration += span;
        }

        _since = now;
    }

    private void Observe(double level)
    {
        if (level < _min)
        {
            _min = level;
        }

        if (level > _max)
        {
            _max = level;
        }
    }
}
