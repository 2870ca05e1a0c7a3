using CorridorSim.Kernel;

namespace CorridorSim.Benchmarks;

/// <summary>The whole runs timed with one set of options: their wall seconds, round by round.</summary>
/// <param name="Options">The options that tell this case apart, e.g. <c>--threads 2</c>.</param>
/// <param name="Seconds">Wall seconds of each round's run, in round order.</param>
public sealed record WholeRunCase(IReadOnlyList<string> Options, IReadOnlyList<double> Seconds)
{
    /// <summary>The median of the rounds.</summary>
    public double MedianSeconds => Median(Seconds);

    /// <summary>
    /// The median, over the rounds, of this case's time ÷ <paramref name="other"/>'s in the same round: a ratio
    /// a drift in the machine's speed moves little, since both runs of a round see the same machine.
    /// </summary>
    public double MedianRatioTo(WholeRunCase other) => Median([.. Seconds.Zip(other.Seconds, (mine, theirs) => mine / theirs)]);

    private static double Median(IEnumerable<double> values) => Quantile.OfSorted([.. values.Order()], 0.5);
}
