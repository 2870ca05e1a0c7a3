using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

/// <summary>The problems found so far while validating a scenario, with checks shared by its sections.</summary>
internal sealed class ProblemList
{
    private readonly List<SpecProblem> _problems = [];

    public IReadOnlyList<SpecProblem> Problems => _problems;

    public void Add(string path, string message) => _problems.Add(new SpecProblem(path, message));

    public void Add(SpecProblem problem) => _problems.Add(problem);

    public void Positive(string path, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            Add(path, $"must be a positive number; got {value}");
        }
    }

    public void NotNegative(string path, double value)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            Add(path, $"must be zero or more; got {value}");
        }
    }

    public void AtLeastOne(string path, int value)
    {
        if (value < 1)
        {
            Add(path, $"must be at least 1; got {value}");
        }
    }

    public void Fraction(string path, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            Add(path, $"must be a fraction between 0 and 1; got {value}");
        }
    }

    /// <summary>Checks that a duration distribution can be drawn from and never gives a negative value.</summary>
    public void Duration(string path, DistributionSpec? d)
    {
        if (d is null)
        {
            Add(path, "is required: a distribution such as { dist: triangular, min: 6, mode: 8, max: 12 }");
            return;
        }

        switch (d.Kind)
        {
            case DistributionKind.Constant:
                Require(path, "value", d.Value, allowZero: true);
                break;
            case DistributionKind.Exponential:
                Require(path, "mean", d.Mean, allowZero: false);
                break;
            case DistributionKind.Uniform:
                if (Require(path, "min", d.Min, true) & Require(path, "max", d.Max, true) && d.Min > d.Max)
                {
                    Add(path, $"needs min ≤ max; got min {d.Min}, max {d.Max}");
                }

                break;
            case DistributionKind.Triangular:
                if (Require(path, "min", d.Min, true) & Require(path, "mode", d.Mode, true) & Require(path, "max", d.Max, true)
                    && !(d.Min <= d.Mode && d.Mode <= d.Max))
                {
                    Add(path, $"needs min ≤ mode ≤ max; got min {d.Min}, mode {d.Mode}, max {d.Max}");
                }

                break;
            case DistributionKind.Normal:
                if (d.Mean is not { } m || !double.IsFinite(m))
                {
                    Add(path + ".mean", "is required and must be a finite number");
                }

                Require(path, "sd", d.Sd, allowZero: true);
                break;
            case DistributionKind.LogNormal:
                Require(path, "mean", d.Mean, allowZero: false);
                Require(path, "sd", d.Sd, allowZero: true);
                break;
            case DistributionKind.Empirical:
                Empirical(path, d);
                break;
            default:
                Add(path + ".dist", $"is not a known distribution; got {d.Kind}");
                break;
        }
    }

    private void Empirical(string path, DistributionSpec d)
    {
        if (d.Values is null || d.Values.Count == 0)
        {
            Add(path + ".values", "must list at least one value");
            return;
        }

        for (var i = 0; i < d.Values.Count; i++)
        {
            NotNegative($"{path}.values[{i}]", d.Values[i]);
        }

        if (d.Weights is null)
        {
            return;
        }

        if (d.Weights.Count != d.Values.Count)
        {
            Add(path + ".weights", $"must have one weight per value ({d.Values.Count}); got {d.Weights.Count}");
            return;
        }

        for (var i = 0; i < d.Weights.Count; i++)
        {
            NotNegative($"{path}.weights[{i}]", d.Weights[i]);
        }

        if (!(d.Weights.Sum() > 0))
        {
            Add(path + ".weights", "must not all be zero");
        }
    }

    private bool Require(string path, string key, double? value, bool allowZero)
    {
        if (value is not { } v)
        {
            Add($"{path}.{key}", $"is required for this distribution");
            return false;
        }

        if (!double.IsFinite(v) || v < 0 || (!allowZero && v == 0))
        {
            Add($"{path}.{key}", allowZero ? $"must be zero or more; got {v}" : $"must be positive; got {v}");
            return false;
        }

        return true;
    }
}
