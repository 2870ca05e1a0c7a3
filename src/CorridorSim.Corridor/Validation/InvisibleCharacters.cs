using System.Globalization;

namespace CorridorSim.Corridor.Validation;

/// <summary>
/// Names the characters a reader cannot see in a key or a name (a no-break space pasted from a web page, a
/// zero-width space, a tab, a trailing space inside quotes), so that "unknown key 'vessels '" says why.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>"" when every character of <paramref name="text"/> can be seen; else a note such as " (it holds the invisible character U+00A0)".</summary>
    public static string Note(string text)
    {
        var hidden = text.Where(IsInvisible).Distinct().Take(3).Select(c => $"U+{(int)c:X4}").ToList();
        if (hidden.Count > 0)
            return hidden.Count == 1 ? $" (it holds the invisible character {hidden[0]})" : $" (it holds the invisible characters {string.Join(", ", hidden)})";
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' ')) return " (it starts or ends with a space)";
        return "";
    }

    private static bool IsInvisible(char c) =>
        (char.IsWhiteSpace(c) && c != ' ')
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;
}
