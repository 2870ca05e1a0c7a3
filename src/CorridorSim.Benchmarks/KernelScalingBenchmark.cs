using System.Globalization;
using System.Text;
using CorridorSim.Benchmarks.Scaling;

namespace CorridorSim.Benchmarks;

/// <summary>
/// The scaling section of the kernel benchmark: each operation of <see cref="KernelScalingOperations"/> at
/// n = 10k, 40k and 160k, with the time per operation, which must stay flat (within 2× from 10k to 160k).
/// </summary>
public static class KernelScalingBenchmark
{
    /// <summary>The sizes measured.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [10_000, 40_000, 160_000];

    /// <summary>The most the time per operation may grow from the smallest to the largest size.</summary>
    public const double AllowedGrowth = 2.0;

    /// <summary>Measures every operation at every size, <paramref name="runs"/> times, after an untimed warm-up.</summary>
    /// <remarks>Each measurement covers at least 160k operations (smaller sizes repeat), so all sizes are timed over similar spans.</remarks>
    public static IReadOnlyList<ScalingRow> Run(int runs)
    {
        var rows = new List<ScalingRow>();
        foreach (var operation in KernelScalingOperations.All)
        {
            ScalingTimer.SecondsPerOperation(operation, Sizes[0], 1, Sizes[^1]);
            var medians = Sizes.Select(n => Median(ScalingTimer.SecondsPerOperation(operation, n, runs, Sizes[^1]))).ToList();
            rows.Add(new ScalingRow(operation, Sizes, medians));
        }

        return rows;
    }

    /// <summary>A plain-text table: nanoseconds per operation at each size and the growth from the smallest to the largest.</summary>
    public static string Format(IReadOnlyList<ScalingRow> rows, int runs)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Kernel scaling: ns per operation, median of {runs} runs (flat = within {AllowedGrowth:0.#}x from {Sizes[0]:N0} to {Sizes[^1]:N0})");
        text.Append("  operation    ");
        foreach (var n in Sizes)
        {
            text.Append(c, $"{"n=" + (n / 1000).ToString(c) + "k",10}");
        }

        text.AppendLine("    growth");
        foreach (var row in rows)
        {
            text.Append(c, $"  {row.Operation.Name,-13}");
            foreach (var seconds in row.MedianSecondsPerOperation)
            {
                text.Append(c, $"{seconds * 1e9,10:F1}");
            }

            text.AppendLine(c, $"    {row.Growth,5:F2}x {(row.Growth <= AllowedGrowth ? "flat" : "GROWS")}  {row.Operation.Description}");
        }

        return text.ToString();
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
