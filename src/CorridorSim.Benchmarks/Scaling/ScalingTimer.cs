using System.Diagnostics;

namespace CorridorSim.Benchmarks.Scaling;

/// <summary>
/// Times a <see cref="ScalingOperation"/> per operation at a given size, repeating small sizes so that every
/// measurement covers about the same number of operations.
/// </summary>
public static class ScalingTimer
{
    /// <summary>
    /// Seconds per operation of <paramref name="runs"/> measurements at size <paramref name="n"/>, each
    /// repeating the workload until it has done at least <paramref name="minOperations"/> operations.
    /// </summary>
    /// <remarks>
    /// A full collection before each measurement keeps the garbage of the previous one from being paid for
    /// inside it. Sizes below <paramref name="minOperations"/> repeat, so a small size is not timed on a
    /// sliver of a millisecond that the clock and the scheduler blur.
    /// </remarks>
    public static double[] SecondsPerOperation(ScalingOperation operation, int n, int runs, int minOperations)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var repetitions = Math.Max(1, (minOperations + n - 1) / n);
        var perOperation = new double[runs];
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < repetitions; r++)
            {
                operation.Run(n);
            }

            perOperation[run] = clock.Elapsed.TotalSeconds / ((double)n * repetitions);
        }

        return perOperation;
    }
}
