using System.Runtime.ExceptionServices;
using CorridorSim.Corridor;

namespace CorridorSim.Experiments;

/// <summary>
/// A fixed number of worker threads that take replications from a shared list, in list order, and put
/// each outcome in the list position it came from, so the output order never depends on which thread
/// finished first.
/// </summary>
/// <remarks>
/// Implementation note: dedicated threads pulling indices from one counter, rather than
/// <c>Parallel.For</c>, so that the thread count is exactly what was asked (the benchmark measures it),
/// a fault reaches the caller as itself rather than inside an <c>AggregateException</c>, and a
/// cancellation is told apart from a fault. A fault also cancels the replications still running, so the
/// caller hears of it without waiting for them to finish.
/// </remarks>
internal sealed class ReplicationPool(TimeProvider time)
{
    /// <summary>Runs every work item through <paramref name="runItem"/> on <paramref name="threads"/> threads.</summary>
    /// <typeparam name="T">What one item gives: its result, or what a shard keeps of it once stored.</typeparam>
    public T[] Run<T>(
        IReadOnlyList<ReplicationWork> work,
        Func<ReplicationWork, RunOptions, T> runItem,
        int threads,
        IProgress<ExperimentProgress>? progress,
        CancellationToken cancellation)
    {
        var results = new T[work.Count];
        var started = time.GetTimestamp();
        var next = -1;
        var done = 0;
        var progressGate = new Lock();
        var faults = new List<(int Index, ExceptionDispatchInfo Fault)>();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        progress?.Report(ExperimentProgress.At(0, work.Count, TimeSpan.Zero));

        void Work()
        {
            while (!stopping.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= work.Count) return;
                try
                {
                    var item = work[index];
                    var options = new RunOptions(item.RecordConsignments, stopping.Token);
                    results[index] = runItem(item, options);
                    lock (progressGate)
                    {
                        // Reported under the lock so that a progress bar never sees the count go backwards.
                        done++;
                        progress?.Report(ExperimentProgress.At(done, work.Count, time.GetElapsedTime(started)));
                    }
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception fault)
                {
                    lock (faults) faults.Add((index, ExceptionDispatchInfo.Capture(fault)));
                    stopping.Cancel();
                    return;
                }
            }
        }

        var helpers = new Thread[Math.Max(0, Math.Min(threads, work.Count) - 1)];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Thread(Work) { IsBackground = true, Name = $"replication worker {i + 1}" };
            helpers[i].Start();
        }

        Work();
        foreach (var helper in helpers) helper.Join();

        // A fault is a bug and outranks a Ctrl+C that came at the same time; of several faults the
        // earliest work item's is the one reported.
        if (faults.Count > 0) faults.MinBy(f => f.Index).Fault.Throw();
        cancellation.ThrowIfCancellationRequested();
        return results;
    }
}
