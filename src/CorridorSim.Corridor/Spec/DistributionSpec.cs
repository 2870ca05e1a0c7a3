namespace CorridorSim.Corridor.Spec;

/// <summary>The family of a probability distribution a scenario can name.</summary>
public enum DistributionKind
{
    Constant,
    Exponential,
    Uniform,
    Triangular,
    Normal,
    LogNormal,
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
    public required DistributionKind Kind { get; init; }
    public double? Value { get; init; }
    public double? Mean { get; init; }
    public double? Sd { get; init; }
    public double? Min { get; init; }
    public double? Mode { get; init; }
    public double? Max { get; init; }
    public IReadOnlyList<double>? Values { get; init; }
    public IReadOnlyList<double>? Weights { get; init; }

    public static DistributionSpec Constant(double value) => new() { Kind = DistributionKind.Constant, Value = value };

    public static DistributionSpec Exponential(double mean) => new() { Kind = DistributionKind.Exponential, Mean = mean };

    public static DistributionSpec Uniform(double min, double max) =>
        new() { Kind = DistributionKind.Uniform, Min = min, Max = max };

    public static DistributionSpec Triangular(double min, double mode, double max) =>
        new() { Kind = DistributionKind.Triangular, Min = min, Mode = mode, Max = max };

    public static DistributionSpec Normal(double mean, double sd) =>
        new() { Kind = DistributionKind.Normal, Mean = mean, Sd = sd };

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
