using System.Text;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Vocabulary;

/// <summary>
/// How every enum member is spelled outside the code — in scenario files, CSV files, reports and messages:
/// lower snake case (<c>RailFerry</c> → <c>rail_ferry</c>, <c>OilParcel</c> → <c>oil_parcel</c>).
/// </summary>
/// <remarks>
/// The one exception is <see cref="DistributionKind.LogNormal"/>, written <c>lognormal</c> as statisticians
/// and the scenario files spell it. No table or report writes a distribution kind, so the exception is
/// visible only in scenario files and their messages.
/// </remarks>
public static class SnakeCase
{
    /// <summary>The outside spelling of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        value is DistributionKind.LogNormal ? "lognormal" : OfPascal(value.ToString());

    /// <summary>The outside spelling of <paramref name="value"/> in prose: words separated by spaces (<c>rail ferry</c>).</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value).Replace('_', ' ');

    /// <summary>The outside spelling of each member of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<(string Word, TEnum Value)> Members<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (Of(v), v)).ToList();

    private static string OfPascal(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
