using System.Globalization;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>Reads numbers and booleans from plain scalars the way YAML 1.2's core schema spells them.</summary>
internal static class ScalarValues
{
    private static readonly HashSet<string> NonFiniteWords =
    [
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ];

    /// <summary>The outcome of reading a number: a finite value, a non-finite one, or no number at all.</summary>
    public enum NumberKind
    {
        Finite,
        NotFinite,
        NotANumber,
    }

    public static NumberKind TryNumber(ScenarioScalar scalar, out double value)
    {
        value = double.NaN;
        if (!scalar.IsPlain || scalar.IsNull) return NumberKind.NotANumber;
        var text = scalar.Value.Trim();
        if (NonFiniteWords.Contains(text)) return NumberKind.NotFinite;
        if (text.Length == 0 || !(char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')) return NumberKind.NotANumber;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return NumberKind.NotANumber;
        return double.IsFinite(value) ? NumberKind.Finite : NumberKind.NotFinite;
    }

    public static bool? TryBool(ScenarioScalar scalar) =>
        !scalar.IsPlain ? null : scalar.Value switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => null,
        };
}
