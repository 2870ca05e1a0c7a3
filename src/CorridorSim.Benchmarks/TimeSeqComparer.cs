namespace CorridorSim.Benchmarks;

/// <summary>
/// Orders floor-heap keys by time, then by insertion sequence: the least a FIFO-stable kernel must compare.
/// </summary>
internal sealed class TimeSeqComparer : IComparer<(double Time, long Seq)>
{
    public static readonly TimeSeqComparer Instance = new();

    public int Compare((double Time, long Seq) x, (double Time, long Seq) y)
    {
        var order = x.Time.CompareTo(y.Time);
        return order != 0 ? order : x.Seq.CompareTo(y.Seq);
    }
}
