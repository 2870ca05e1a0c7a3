namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// The distribution of waits at one facility, kept in fixed logarithmic bins so that its memory does not
/// grow with the number of consignments: mean exactly, quantiles to within about one per cent.
/// </summary>
/// <remarks>
/// Implementation note: a run at 10 Mt records millions of waits; keeping every sample for a 95th
/// percentile would cost tens of megabytes per replication. Bins are 200 per decade from 0.001 h to
/// 100,000 h (1,600 bins, relative width 1.2 %), plus one bin for waits of exactly zero, which are common
/// (no queue). A quantile is interpolated geometrically inside its bin. Observations carry a weight so a
/// train's wait counts once per consignment aboard.
/// </remarks>
internal sealed class WaitHistogram
{
    private const double Smallest = 1e-3;
    private const int BinsPerDecade = 200;
    private const int Decades = 8;
    private static readonly double BinRatio = Math.Pow(10, 1.0 / BinsPerDecade);

    private readonly double[] _bins = new double[BinsPerDecade * Decades];
    private double _zero;
    private double _weight;
    private double _sum;

    /// <summary>The total weight (consignments) observed.</summary>
    public double Count => _weight;

    /// <summary>The weighted sum of the waits (consignment-hours).</summary>
    public double Sum => _sum;

    /// <summary>The mean wait; zero without observations.</summary>
    public double Mean => _weight > 0 ? _sum / _weight : 0;

    /// <summary>Records a wait of <paramref name="hours"/> for <paramref name="weight"/> consignments.</summary>
    public void Add(double hours, double weight)
    {
        if (!(weight > 0))
        {
            return;
        }

        _weight += weight;
        if (hours <= 0)
        {
            _zero += weight;
            return;
        }

        _sum += hours * weight;
        var bin = (int)Math.Floor(Math.Log10(hours / Smallest) * BinsPerDecade);
        _bins[Math.Clamp(bin, 0, _bins.Length - 1)] += weight;
    }

    /// <summary>The <paramref name="p"/>-quantile of the recorded waits; zero without observations.</summary>
    public double Quantile(double p)
    {
        var target = p * _weight;
        if (_weight <= 0 || target <= _zero)
        {
            return 0;
        }

        var below = _zero;
        for (var i = 0; i < _bins.Length; i++)
        {
            var weight = _bins[i];
            if (weight <= 0)
            {
                continue;
            }

            if (below + weight >= target)
            {
                var fraction = (target - below) / weight;
                return Smallest * Math.Pow(BinRatio, i + fraction);
            }

            below += weight;
        }

        return Smallest * Math.Pow(BinRatio, _bins.Length);
    }

    /// <summary>Forgets every observation (end of the warm-up).</summary>
    public void Reset()
    {
        Array.Clear(_bins);
        _zero = 0;
        _weight = 0;
        _sum = 0;
    }
}
