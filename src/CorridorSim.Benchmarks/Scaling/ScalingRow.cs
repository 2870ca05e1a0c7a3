namespace CorridorSim.Benchmarks.Scaling;

/// <summary>
/// One operation of the scaling benchmark at every size: the median time per operation of each.
/// </summary>
/// <param name="Operation">The operation measured.</param>
/// <param name="Sizes">The sizes n, smallest first.</param>
/// <param name="MedianSecondsPerOperation">The median seconds per operation at each size, in the order of <paramref name="Sizes"/>.</param>
public sealed record ScalingRow(ScalingOperation Operation, IReadOnlyList<int> Sizes, IReadOnlyList<double> MedianSecondsPerOperation)
{
    /// <summary>Time per operation at the largest size over that at the smallest; a linear-time operation stays near 1.</summary>
    public double Growth => MedianSecondsPerOperation[^1] / MedianSecondsPerOperation[0];
}
