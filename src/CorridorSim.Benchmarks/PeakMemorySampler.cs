namespace CorridorSim.Benchmarks;

/// <summary>
/// Watches the managed heap from a background thread while a workload runs and keeps the largest size
/// seen, so a benchmark can show whether memory grows with the simulated horizon.
/// </summary>
/// <remarks>Implementation note: sampling every few milliseconds can miss a short spike between two
/// samples; for a model whose heap grows with what it keeps, the trend is what matters.</remarks>
public sealed class PeakMemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peakBytes;

    /// <summary>Starts sampling at once, from the current heap size.</summary>
    public PeakMemorySampler()
    {
        _peakBytes = GC.GetTotalMemory(false);
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak-memory" };
        _thread.Start();
    }

    /// <summary>The largest managed heap size seen so far, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref _peakBytes);

    /// <summary>Stops sampling and takes a last sample.</summary>
    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Observe();
    }

    private void Sample()
    {
        while (!_stop)
        {
            Observe();
            Thread.Sleep(5);
        }
    }

    private void Observe()
    {
        var now = GC.GetTotalMemory(false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peakBytes)) && Interlocked.CompareExchange(ref _peakBytes, now, seen) != seen)
        {
        }
    }
}
