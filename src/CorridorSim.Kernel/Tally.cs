namespace CorridorSim.Kernel;

/// <summary>
/// A statistic over individual observations, such as the hours each consignment waited at a border:
/// count, mean, variance, extremes and, if samples are kept, quantiles.
/// </summary>
/// <remarks>
/// Mean and variance use Welford's update, so they stay accurate over millions of observations in O(1)
/// memory. Samples are kept only when asked for (<c>keepSamples</c>), because a model that keeps every
/// observation grows with the number of events. <see cref="Reset"/> starts afresh (after a warm-up);
/// while <see cref="Active"/> is false, observations are ignored.
/// </remarks>
public sealed class Tally
{
    private readonly List<double>? _samples;
    private double[]? _sorted;
    private double _mean;
    private double _m2;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="keepSamples">Keep every observation, which <see cref="Quantile"/> needs.</param>
    public Tally(bool keepSamples = false)
    {
        _samples = keepSamples ? [] : null;
        Reset();
    }

    /// <summary>Whether observations are recorded; while false, <see cref="Add"/> ignores them.</summary>
    public bool Active { get; set; } = true;

    /// <summary>Whether every observation is kept.</summary>
    public bool KeepsSamples => _samples is not null;

    /// <summary>The number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>The sum of the observations.</summary>
    public double Sum { get; private set; }

    /// <summary>The mean; NaN without observations.</summary>
    public double Mean => Count > 0 ? _mean : double.NaN;

    /// <summary>The sample variance (divisor n − 1); 0 with fewer than two observations.</summary>
    public double Variance => Count > 1 ? _m2 / (Count - 1) : 0;

    /// <summary>The sample standard deviation.</summary>
    public double StdDev => Math.Sqrt(Variance);

    /// <summary>The smallest observation; NaN without observations.</summary>
    public double Min { get; private set; }

    /// <summary>The largest observation; NaN without observations.</summary>
    public double Max { get; private set; }

    /// <summary>The kept observations in the order they were added (empty unless samples are kept).</summary>
    public IReadOnlyList<double> Samples => (IReadOnlyList<double>?)_samples ?? [];

    /// <summary>Records one observation, if <see cref="Active"/>.</summary>
    public void Add(double value)
    {
        if (!Active)
        {
            return;
        }

        Count++;
        Sum += value;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
        if (Count == 1 || value < Min)
        {
            Min = value;
        }

        if (Count == 1 || value > Max)
        {
            Max = value;
        }

        if (_samples is not null)
        {
            _samples.Add(value);
            _sorted = null;
        }
    }

    /// <summary>Adds the observations summarised by <paramref name="other"/>, for instance another replication.</summary>
    /// <remarks>Mean and variance combine exactly (Chan et al.); samples are appended if both keep them.</remarks>
    public void Merge(Tally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        if (Count == 0)
        {
            Min = other.Min;
            Max = other.Max;
        }
        else
        {
            Min = Math.Min(Min, other.Min);
            Max = Math.Max(Max, other.Max);
        }

        var n = Count + other.Count;
        var delta = other._mean - _mean;
        _m2 += other._m2 + delta * delta * Count * other.Count / n;
        _mean += delta * other.Count / n;
        Count = n;
        Sum += other.Sum;
        if (_samples is not null && other._samples is not null)
        {
            _samples.AddRange(other._samples);
            _sorted = null;
        }
    }

    /// <summary>The <paramref name="p"/>-quantile of the kept samples, linearly interpolated (type 7).</summary>
    /// <exception cref="InvalidOperationException">Samples are not kept, or there are none.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1].</exception>
    public double Quantile(double p)
    {
        if (_samples is null)
        {
            throw new InvalidOperationException("Quantiles need the samples: create the tally with keepSamples: true.");
        }

        if (_samples.Count == 0)
        {
            throw new InvalidOperationException("The tally has no observations.");
        }

        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile lies in [0, 1].");
        }

        if (_sorted is null)
        {
            _sorted = [.. _samples];
            Array.Sort(_sorted);
        }

        return Kernel.Quantile.OfSorted(_sorted.AsSpan(), p);
    }

    /// <summary>Forgets every observation, for instance at the end of a warm-up.</summary>
    public void Reset()
    {
        Count = 0;
        Sum = 0;
        _mean = 0;
        _m2 = 0;
        Min = double.NaN;
        Max = double.NaN;
        _samples?.Clear();
        _sorted = null;
    }
}
