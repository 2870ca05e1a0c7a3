using CorridorSim.Corridor.Spec;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>
/// Reads a duration distribution in its one written form, <c>{ dist: triangular, min: 6, mode: 8, max: 12 }</c>,
/// or a bare number meaning a constant, and checks that it is possible: every parameter finite, no negative
/// time, min below max, the mode between them, weights matching values.
/// </summary>
internal static class DistributionReader
{
    public const string Allowed =
        "a number of hours, or a distribution such as { dist: triangular, min: 6, mode: 8, max: 12 } " +
        "(dist: constant, exponential, uniform, triangular, normal, lognormal or empirical)";

    public static DistributionSpec Read(ScenarioNode node, string keyPath, MapContext context)
    {
        if (node is ScenarioScalar scalar)
        {
            if (ScalarValues.TryNumber(scalar, out _) == ScalarValues.NumberKind.NotANumber)
            {
                context.Error(node.Location, keyPath, $"{scalar.Describe()} is not a number or a distribution", scalar.Value, Allowed);
                return DistributionSpec.Constant(0);
            }

            return DistributionSpec.Constant(MappingReader.CheckNumber(node, keyPath, NumberRule.Hours, context));
        }

        if (node is not ScenarioMapping mapping)
        {
            context.Error(node.Location, keyPath, $"{node.Describe()} is not a distribution", null, Allowed);
            return DistributionSpec.Constant(0);
        }

        var reader = new MappingReader(mapping, keyPath, context);
        if (reader.Choice<DistributionKind>("dist", required: true) is not { } kind) return DistributionSpec.Constant(0);
        var spec = kind switch
        {
            DistributionKind.Constant => DistributionSpec.Constant(reader.Number("value", NumberRule.Hours, null)),
            DistributionKind.Exponential => DistributionSpec.Exponential(reader.Number("mean", NumberRule.PositiveHours, null)),
            DistributionKind.Uniform => Ordered(reader, DistributionSpec.Uniform(
                reader.Number("min", NumberRule.Hours, null), reader.Number("max", NumberRule.Hours, null))),
            DistributionKind.Triangular => Ordered(reader, DistributionSpec.Triangular(
                reader.Number("min", NumberRule.Hours, null), reader.Number("mode", NumberRule.Hours, null), reader.Number("max", NumberRule.Hours, null))),
            DistributionKind.Normal => DistributionSpec.Normal(reader.Number("mean", NumberRule.Hours, null), reader.Number("sd", NumberRule.Hours, null)),
            DistributionKind.LogNormal => DistributionSpec.LogNormal(reader.Number("mean", NumberRule.PositiveHours, null), reader.Number("sd", NumberRule.Hours, null)),
            DistributionKind.Empirical => Empirical(reader),
            _ => DistributionSpec.Constant(0),
        };
        reader.Finish();
        return spec;
    }

    private static DistributionSpec Ordered(MappingReader reader, DistributionSpec spec)
    {
        var (min, max) = (spec.Min ?? double.NaN, spec.Max ?? double.NaN);
        if (min >= max)
            reader.Context.Error(reader.LocationOf("min"), reader.KeyPath("min"),
                $"min {NumberRule.Format(min)} is not below max {NumberRule.Format(max)}", NumberRule.Format(min),
                "min < max (write { dist: constant, value: … } for a fixed time)");
        else if (spec.Mode is { } mode && (mode < min || mode > max))
            reader.Context.Error(reader.LocationOf("mode"), reader.KeyPath("mode"),
                $"mode {NumberRule.Format(mode)} lies outside [min, max] = [{NumberRule.Format(min)}, {NumberRule.Format(max)}]",
                NumberRule.Format(mode), $"a mode between {NumberRule.Format(min)} and {NumberRule.Format(max)}");
        return spec;
    }

    private static DistributionSpec Empirical(MappingReader reader)
    {
        var values = reader.Numbers("values", NumberRule.Hours, null, required: true) ?? [];
        if (reader.Has("values") && values.Count == 0)
            reader.Context.Error(reader.LocationOf("values"), reader.KeyPath("values"), "the list of values is empty", null, "at least one value");
        var weights = reader.Numbers("weights", NumberRule.Weight, null, required: false);
        if (weights is not null)
        {
            if (weights.Count != values.Count)
                reader.Context.Error(reader.LocationOf("weights"), reader.KeyPath("weights"),
                    $"{weights.Count} weights for {values.Count} values", weights.Count.ToString(), $"exactly {values.Count} weights, one per value");
            else if (weights.All(double.IsFinite) && weights.Sum() <= 0)
                reader.Context.Error(reader.LocationOf("weights"), reader.KeyPath("weights"), "the weights add up to 0", "0", "weights ≥ 0 with a positive sum");
        }

        return new DistributionSpec { Kind = DistributionKind.Empirical, Values = values, Weights = weights };
    }
}
