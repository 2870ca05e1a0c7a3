using System.Text.RegularExpressions;

namespace CorridorSim.Scenarios.Tests.Sources;

/// <summary>
/// The rule from <c>scenarios/SOURCES.md</c> ("How comments cite") that finds the citations in one scenario comment:
/// rows (<c>2.17</c>), estimate rows (<c>E7</c>) and whole sections (<c>section 12</c>).
/// </summary>
/// <remarks>
/// A bare <c>N.M</c> (N from 1, at most two digits each side) is a row, unless it is a value: a unit follows it
/// (<c>20.1 h</c>, <c>1.65 Mt</c>, <c>35.8%</c>) or an arithmetic sign stands next to it (<c>10 / 4.5</c>,
/// <c>× 1.5126</c>). Keep the unit list in step with SOURCES.md.
/// </remarks>
internal static partial class CitationRule
{
    /// <summary>The units that mark a decimal as a value, as SOURCES.md lists them.</summary>
    public static readonly IReadOnlySet<string> Units = new HashSet<string>(StringComparer.Ordinal)
    {
        "h", "min", "d", "day", "days", "t", "kt", "Mt", "TEU", "km", "m", "%",
    };

    private const string Signs = "×÷/*+−=≈";

    /// <summary>Every citation in <paramref name="comment"/>, in the order written: <c>2.17</c>, <c>E7</c>, <c>section 12</c>.</summary>
    public static IReadOnlyList<string> Find(string comment)
    {
        var found = new List<(int At, string Key)>();
        foreach (Match m in Decimal().Matches(comment))
        {
            if (!IsValue(comment, m)) found.Add((m.Index, m.Value));
        }

        foreach (Match m in EstimateRow().Matches(comment)) found.Add((m.Index, m.Value));
        foreach (Match m in Section().Matches(comment)) found.Add((m.Index, "section " + m.Groups[1].Value));
        return found.OrderBy(f => f.At).Select(f => f.Key).ToList();
    }

    private static bool IsValue(string comment, Match number)
    {
        var after = comment[(number.Index + number.Length)..];
        var unit = UnitAfter().Match(after);
        if (unit.Success && Units.Contains(unit.Groups[1].Value)) return true;

        var before = comment[..number.Index].TrimEnd();
        var next = after.TrimStart();
        return (before.Length > 0 && Signs.Contains(before[^1])) || (next.Length > 0 && Signs.Contains(next[0]));
    }

    // Not part of a longer number or word: no letter, digit, point or thousands comma on either side.
    [GeneratedRegex(@"(?<![\w.,])[1-9]\d?\.\d{1,2}(?!\d)(?!\.\d)(?!,\d)")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^ ?([A-Za-z]+|%)")]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"\bE[1-9]\d?\b")]
    private static partial Regex EstimateRow();

    [GeneratedRegex(@"\bsection (\d{1,2})\b")]
    private static partial Regex Section();
}
