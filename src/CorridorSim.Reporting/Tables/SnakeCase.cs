using System.Text;

namespace CorridorSim.Reporting.Tables;

/// <summary>How enum values are spelled in CSV files and reports: lower snake case (<c>OilParcel</c> → <c>oil_parcel</c>).</summary>
public static class SnakeCase
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());

    public static string Of(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && pascal[i - 1] != '_')
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
