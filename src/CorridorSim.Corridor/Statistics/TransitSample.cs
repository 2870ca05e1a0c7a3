namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// The transit times of delivered consignments: every one of them up to a capacity, and beyond it a
/// uniform random sample of that size (reservoir sampling), with the exact count and mean throughout.
/// </summary>
/// <remarks>
/// Implementation note: a ten-year study at 10 Mt delivers millions of consignments; keeping every
/// transit time would make memory grow with the horizon. Up to the capacity — more than a year of the
/// bundled corridors — quantiles are exact; past it they come from a sample of that many values, whose
/// error on a 95th percentile is a few hundredths of a percentage point. The replacement draws come from
/// their own named stream, so they disturb no other random source.
/// </remarks>
internal sealed class TransitSample
{
    private readonly int _capacity;
    private readonly Func<Random> _openStream;
    private Random? _stream;

    public TransitSample(int capacity, int expected, Func<Random> openStream)
    {
        _capacity = capacity;
        _openStream = openStream;
        Values = new ChunkedList<double>(Math.Min(capacity, expected));
    }

    /// <summary>The kept transit days: all of them while <see cref="Count"/> ≤ capacity, else a uniform sample.</summary>
    /// <remarks>Kept in chunks, not one array, so a replication allocates nothing on the large-object heap.</remarks>
    public ChunkedList<double> Values { get; }

    public long Count { get; private set; }

    public double Mean => Count > 0 ? _sum / Count : double.NaN;

    private double _sum;

    public void Add(double days)
    {
        Count++;
        _sum += days;
        if (Values.Count < _capacity)
        {
            Values.Add(days);
            return;
        }

        var slot = (_stream ??= _openStream()).NextInt64(Count);
        if (slot < _capacity) Values[(int)slot] = days;
    }
}
