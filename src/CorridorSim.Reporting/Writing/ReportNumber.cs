using System.Globalization;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// How a number from the CSV files is written for people (report, headline, chart legends): rounded by
/// its size, always from the very value written to the CSV file, so a reader can find it there.
/// </summary>
/// <remarks>
/// At least 1,000: whole, thousands grouped (<c>4,512,346</c>). At least 1: one decimal (<c>12.3</c>).
/// Below 1: three decimals (<c>0.931</c>). An undefined value (NaN) is <c>n/a</c>.
/// </remarks>
public static class ReportNumber
{
    public const string Undefined = "n/a";

    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return Undefined;
        }

        var size = Math.Abs(value);
        var format = size >= 1000.0 ? "#,0" : size >= 1.0 ? "0.0" : "0.000";
        return Normalise(value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>A difference, with its sign always shown (<c>+1.2</c>, <c>-0.300</c>).</summary>
    public static string Signed(double value)
    {
        var text = Format(value);
        return double.IsNaN(value) || text.StartsWith('-') ? text : "+" + text;
    }

    /// <summary>A fraction 0..1 as a percentage with one decimal (<c>0.9312</c> → <c>93.1%</c>).</summary>
    public static string Percent(double fraction) =>
        double.IsNaN(fraction)
            ? Undefined
            : Normalise((fraction * 100.0).ToString("0.0", CultureInfo.InvariantCulture)) + "%";

    // Rounding a tiny negative value gives "-0.000"; the sign then says nothing.
    private static string Normalise(string text) =>
        text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? text[1..] : text;
}
