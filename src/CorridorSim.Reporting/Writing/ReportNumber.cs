using System.Globalization;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// How a number from the CSV files is written for people (report, headline, chart legends): rounded by
/// its size, always from the very value written to the CSV file, so a reader can find it there.
/// </summary>
/// <remarks>
/// Zero: <c>0</c>. At least 1,000: whole, thousands grouped (<c>4,512,346</c>). At least 100: one decimal
/// (<c>412.5</c>). At least 1: two decimals (<c>12.34</c>). Below 1: three decimals (<c>0.931</c>). An
/// undefined value (NaN) is <c>n/a</c>.
/// </remarks>
public static class ReportNumber
{
    /// <summary>What a report writes for an undefined value.</summary>
    public const string Undefined = "n/a";

    /// <summary>A number for people, rounded by its size (see the remarks); NaN as <see cref="Undefined"/>.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return Undefined;
        }

        if (value == 0.0)
        {
            return "0";
        }

        var size = Math.Abs(value);
        var format = size >= 1000.0 ? "#,0" : size >= 100.0 ? "0.0" : size >= 1.0 ? "0.00" : "0.000";
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

    /// <summary>
    /// A value with its unit in words: a fraction as a percentage (<c>93.6%</c>; a difference in
    /// percentage points), tonnes per year as <c>tonnes a year</c>, other units as written.
    /// </summary>
    public static string WithUnit(double value, string unit, bool signed = false)
    {
        var number = InUnit(value, unit, signed);
        return unit switch
        {
            "fraction" => signed ? number + " percentage points" : number + "%",
            "" => number,
            "tonnes/year" => number + " tonnes a year",
            _ => $"{number} {unit}",
        };
    }

    /// <summary>The number alone, on the scale <see cref="WithUnit"/> reads it in (a fraction in percent).</summary>
    public static string InUnit(double value, string unit, bool signed = false)
    {
        if (unit != "fraction")
        {
            return signed ? Signed(value) : Format(value);
        }

        var percent = Percent(value).TrimEnd('%');
        return signed && !double.IsNaN(value) && !percent.StartsWith('-') ? "+" + percent : percent;
    }

    /// <summary>A threshold share as a short percentage (<c>0.7</c> → <c>70%</c>).</summary>
    public static string Threshold(double fraction) => (fraction * 100.0).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    // Rounding a tiny negative value gives "-0.000"; the sign then says nothing.
    private static string Normalise(string text) =>
        text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? text[1..] : text;
}
