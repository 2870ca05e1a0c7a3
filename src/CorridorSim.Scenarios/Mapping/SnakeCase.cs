using System.Text;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>How enum members are spelled in scenario files: <c>RailFerry</c> is <c>rail_ferry</c>.</summary>
internal static class SnakeCase
{
    public static string Of(string pascal)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(pascal[i]));
        }

        return text.ToString();
    }

    /// <summary>The scenario spelling of each member of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<(string Word, TEnum Value)> Members<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (Word(v), v)).ToList();

    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum =>
        value is Corridor.Spec.DistributionKind.LogNormal ? "lognormal" : Of(value.ToString());
}
