using System.Globalization;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The one way a value is written into a CSV field: numbers as the shortest text that reads back to the
/// same double, in invariant culture whatever the machine's culture.
/// </summary>
/// <remarks>
/// NaN (an undefined value, such as a confidence interval over one replication) and a missing value are
/// empty fields. Negative zero is written as <c>0</c>: its sign carries no information and must not make
/// two otherwise identical files differ.
/// </remarks>
public static class CsvNumber
{
    /// <summary>A double as its shortest round-trip text; NaN as an empty field, negative zero as 0.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "";
        }

        return value == 0.0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A value, or an empty field when it is missing.</summary>
    public static string Format(double? value) => value is { } v ? Format(v) : "";

    /// <summary>An integer in invariant culture.</summary>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An unsigned integer (a seed) in invariant culture.</summary>
    public static string Format(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Format(bool value) => value ? "true" : "false";
}
