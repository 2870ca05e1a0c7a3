using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace CorridorSim.Experiments;

/// <summary>
/// A 95% Student-t confidence interval for a mean across replications, or for the difference of two
/// scenarios' means: the estimate and its lower and upper bounds.
/// </summary>
/// <remarks>
/// Implementation note: MathNet.Numerics gives the mean, the sample variance and the t quantile but no
/// interval, and nothing for paired or Welch differences, so those few lines live here. Bounds are NaN
/// when the sample cannot support an interval (fewer than two replications).
/// </remarks>
public sealed record ConfidenceInterval(double Estimate, double Low, double High)
{
    /// <summary>The two-sided confidence level of every interval here.</summary>
    public const double Level = 0.95;

    /// <summary>Half the interval's width; NaN when the bounds are.</summary>
    public double HalfWidth => (High - Low) / 2;

    /// <summary>Whether the interval lies wholly above or wholly below zero (false when the bounds are NaN).</summary>
    public bool ExcludesZero => Low > 0 || High < 0;

    /// <summary>The interval for the mean of one sample (one KPI over the replications).</summary>
    public static ConfidenceInterval ForMean(IReadOnlyList<double> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Count == 0) return new ConfidenceInterval(double.NaN, double.NaN, double.NaN);
        var mean = sample.Mean();
        if (sample.Count == 1) return new ConfidenceInterval(mean, double.NaN, double.NaN);
        var standardError = Math.Sqrt(sample.Variance() / sample.Count);
        return Around(mean, standardError, sample.Count - 1);
    }

    /// <summary>
    /// The paired interval for the mean of <paramref name="variant"/> minus <paramref name="baseline"/>,
    /// replication by replication: right when both ran on the same seeds, so that the shared randomness
    /// cancels in each difference.
    /// </summary>
    public static ConfidenceInterval ForPairedDifference(IReadOnlyList<double> baseline, IReadOnlyList<double> variant)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        if (baseline.Count != variant.Count)
        {
            throw new ArgumentException(
                $"A paired difference needs equal samples; got {baseline.Count} baseline and {variant.Count} variant values.",
                nameof(variant));
        }

        var differences = new double[baseline.Count];
        for (var i = 0; i < differences.Length; i++) differences[i] = variant[i] - baseline[i];
        return ForMean(differences);
    }

    /// <summary>
    /// The unpaired (Welch) interval for the mean of <paramref name="variant"/> minus
    /// <paramref name="baseline"/>, treating the two samples as independent with unequal variances.
    /// </summary>
    /// <remarks>Shown beside the paired interval to make visible what common random numbers buy.</remarks>
    public static ConfidenceInterval ForWelchDifference(IReadOnlyList<double> baseline, IReadOnlyList<double> variant)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        if (baseline.Count == 0 || variant.Count == 0) return new ConfidenceInterval(double.NaN, double.NaN, double.NaN);
        var difference = variant.Mean() - baseline.Mean();
        if (baseline.Count < 2 || variant.Count < 2) return new ConfidenceInterval(difference, double.NaN, double.NaN);

        var baselineShare = baseline.Variance() / baseline.Count;
        var variantShare = variant.Variance() / variant.Count;
        var standardError = Math.Sqrt(baselineShare + variantShare);
        var degreesOfFreedom = Math.Pow(baselineShare + variantShare, 2)
            / (Math.Pow(baselineShare, 2) / (baseline.Count - 1) + Math.Pow(variantShare, 2) / (variant.Count - 1));
        return Around(difference, standardError, degreesOfFreedom);
    }

    private static ConfidenceInterval Around(double estimate, double standardError, double degreesOfFreedom)
    {
        // Identical values have no spread: the interval is the point itself (and t's degrees of freedom,
        // 0/0 under Welch, would be NaN).
        if (standardError == 0) return new ConfidenceInterval(estimate, estimate, estimate);
        var t = StudentT.InvCDF(0, 1, degreesOfFreedom, 0.5 + Level / 2);
        return new ConfidenceInterval(estimate, estimate - t * standardError, estimate + t * standardError);
    }
}
