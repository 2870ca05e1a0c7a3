namespace CorridorSim.Corridor.Spec;

/// <summary>The family of a probability distribution a scenario can name.</summary>
public enum DistributionKind
{
    /// <summary>Always the same value.</summary>
    Constant,
    /// <summary>Memoryless, given by its mean.</summary>
    Exponential,
    /// <summary>Equally likely anywhere between min and max.</summary>
    Uniform,
    /// <summary>Between min and max, most likely at the mode.</summary>
    Triangular,
    /// <summary>Normal by mean and sd, truncated at zero.</summary>
    Normal,
    /// <summary>Lognormal by the mean and sd of the variate itself: a long right tail.</summary>
    LogNormal,
    /// <summary>One of the listed values, drawn with the listed weights.</summary>
    Empirical,
}

/// <summary>
/// A distribution of a duration or quantity as written in a scenario, e.g.
/// <c>{ dist: triangular, min: 6, mode: 8, max: 12 }</c>. Units are those of the key that holds it
/// (hours for every <c>*_hours</c> key).
/// </summary>
/// <remarks>
/// Which parameters are used depends on <see cref="Kind"/>: constant uses <see cref="Value"/>;
/// exponential uses <see cref="Mean"/> (by mean, not rate); uniform uses min and max; triangular min, mode
/// and max; normal and lognormal use mean and sd (lognormal by the mean and sd of the variate itself, not of
/// its logarithm); empirical draws one of <see cref="Values"/> with the optional <see cref="Weights"/>.
/// Normal draws are truncated at zero by the model, because no duration is negative.
/// </remarks>
public sealed record DistributionSpec
{
    /// <summary>The family, which decides the parameters used.</summary>
    public required DistributionKind Kind { get; init; }
    /// <summary>The value of a constant.</summary>
    public double? Value { get; init; }
    /// <summary>The mean (exponential, normal, lognormal).</summary>
    public double? Mean { get; init; }
    /// <summary>The standard deviation (normal, lognormal).</summary>
    public double? Sd { get; init; }
    /// <summary>The smallest value (uniform, triangular).</summary>
    public double? Min { get; init; }
    /// <summary>The most likely value (triangular).</summary>
    public double? Mode { get; init; }
    /// <summary>The largest value (uniform, triangular).</summary>
    public double? Max { get; init; }
    /// <summary>The values an empirical distribution draws from.</summary>
    public IReadOnlyList<double>? Values { get; init; }
    /// <summary>Relative weights of the empirical values; equal when absent.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>A constant <paramref name="value"/>.</summary>
    public static DistributionSpec Constant(double value) => new() { Kind = DistributionKind.Constant, Value = value };

    /// <summary>An exponential distribution with the given <paramref name="mean"/>.</summary>
    public static DistributionSpec Exponential(double mean) => new() { Kind = DistributionKind.Exponential, Mean = mean };

    /// <summary>A uniform distribution on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static DistributionSpec Uniform(double min, double max) =>
        new() { Kind = DistributionKind.Uniform, Min = min, Max = max };

    /// <summary>A triangular distribution on [<paramref name="min"/>, <paramref name="max"/>] peaking at <paramref name="mode"/>.</summary>
    public static DistributionSpec Triangular(double min, double mode, double max) =>
        new() { Kind = DistributionKind.Triangular, Min = min, Mode = mode, Max = max };

    /// <summary>A normal distribution by <paramref name="mean"/> and <paramref name="sd"/>.</summary>
    public static DistributionSpec Normal(double mean, double sd) =>
        new() { Kind = DistributionKind.Normal, Mean = mean, Sd = sd };

    /// <summary>A lognormal distribution by the <paramref name="mean"/> and <paramref name="sd"/> of the variate itself.</summary>
    public static DistributionSpec LogNormal(double mean, double sd) =>
        new() { Kind = DistributionKind.LogNormal, Mean = mean, Sd = sd };

    /// <summary>The expected value, used by routing ("shortest expected time") and capacity checks.</summary>
    public double ExpectedValue => Kind switch
    {
        DistributionKind.Constant => Value ?? 0,
        DistributionKind.Exponential or DistributionKind.Normal or DistributionKind.LogNormal => Mean ?? 0,
        DistributionKind.Uniform => ((Min ?? 0) + (Max ?? 0)) / 2,
        DistributionKind.Triangular => ((Min ?? 0) + (Mode ?? 0) + (Max ?? 0)) / 3,
        DistributionKind.Empirical => EmpiricalMean(),
        _ => 0,
    };

    private double EmpiricalMean()
    {
        if (Values is null || Values.Count == 0) return 0;
        if (Weights is null) return Values.Average();
        var total = Weights.Sum();
        return total <= 0 ? 0 : Values.Select((v, i) => v * Weights[i]).Sum() / total;
    }
}
