using CorridorSim.Corridor.Spec;
using MathNet.Numerics.Distributions;

namespace CorridorSim.Corridor.Randomness;

/// <summary>
/// A scenario distribution bound to one random stream: each <see cref="Next"/> is one draw of a duration
/// (hours) or quantity, never negative.
/// </summary>
/// <remarks>
/// Parameters are converted once, when the variate is built (a lognormal's mean and sd become μ and σ of its
/// logarithm), so a draw is a single MathNet.Numerics call. Normal draws are truncated at zero because no
/// duration is negative. The spec is assumed valid (<see cref="Validation.SpecValidator"/>).
/// </remarks>
internal sealed class Variate
{
    private readonly Random _rng;
    private readonly DistributionKind _kind;
    private readonly double _a;
    private readonly double _b;
    private readonly double _c;
    private readonly double[]? _values;
    private readonly double[]? _cumulative;

    public Variate(DistributionSpec spec, Random rng)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _rng = rng;
        _kind = spec.Kind;
        Mean = spec.ExpectedValue;
        switch (spec.Kind)
        {
            case DistributionKind.Constant:
                _a = spec.Value ?? 0;
                break;
            case DistributionKind.Exponential:
                _a = 1.0 / (spec.Mean ?? 1);
                break;
            case DistributionKind.Uniform:
                _a = spec.Min ?? 0;
                _b = spec.Max ?? 0;
                break;
            case DistributionKind.Triangular:
                _a = spec.Min ?? 0;
                _b = spec.Max ?? 0;
                _c = spec.Mode ?? 0;
                break;
            case DistributionKind.Normal:
                _a = spec.Mean ?? 0;
                _b = spec.Sd ?? 0;
                break;
            case DistributionKind.LogNormal:
                (_a, _b) = LogNormalParameters(spec.Mean ?? 1, spec.Sd ?? 0);
                break;
            case DistributionKind.Empirical:
                _values = [.. spec.Values ?? []];
                _cumulative = Cumulative(_values.Length, spec.Weights);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown distribution kind.");
        }
    }

    /// <summary>The distribution's expected value.</summary>
    public double Mean { get; }

    /// <summary>Draws one value.</summary>
    public double Next() => _kind switch
    {
        DistributionKind.Constant => _a,
        DistributionKind.Exponential => Exponential.Sample(_rng, _a),
        DistributionKind.Uniform => _a == _b ? _a : ContinuousUniform.Sample(_rng, _a, _b),
        DistributionKind.Triangular => _a == _b ? _a : Triangular.Sample(_rng, _a, _b, _c),
        DistributionKind.Normal => Math.Max(0, _b > 0 ? Normal.Sample(_rng, _a, _b) : _a),
        DistributionKind.LogNormal => _b > 0 ? LogNormal.Sample(_rng, _a, _b) : Math.Exp(_a),
        _ => DrawEmpirical(),
    };

    /// <summary>
    /// The log-scale μ and shape σ of a lognormal whose variate has mean <paramref name="mean"/> and standard
    /// deviation <paramref name="sd"/>: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
    /// </summary>
    /// <remarks>
    /// Implementation note: for a tiny mean (1e-300 h) with an ordinary sd, sd²/mean² overflows to infinity and
    /// every draw would be NaN; there ln(1 + sd²/mean²) is 2 ln(sd/mean) to double precision, taken through
    /// logarithms. Ordinary parameters keep the direct formula, so their draws are unchanged bit for bit.
    /// </remarks>
    public static (double Mu, double Sigma) LogNormalParameters(double mean, double sd)
    {
        var ratio = sd == 0 ? 0 : sd * sd / (mean * mean);
        var sigmaSquared = double.IsFinite(ratio) ? Math.Log(1 + ratio) : 2 * (Math.Log(sd) - Math.Log(mean));
        return (Math.Log(mean) - (sigmaSquared / 2), Math.Sqrt(sigmaSquared));
    }

    private static double[] Cumulative(int count, IReadOnlyList<double>? weights)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += weights is null ? 1 : weights[i];
            cumulative[i] = total;
        }

        for (var i = 0; i < count; i++)
        {
            cumulative[i] /= total;
        }

        return cumulative;
    }

    private double DrawEmpirical()
    {
        var u = _rng.NextDouble();
        var cumulative = _cumulative!;
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (u < cumulative[i])
            {
                return _values![i];
            }
        }

        return _values![^1];
    }
}
