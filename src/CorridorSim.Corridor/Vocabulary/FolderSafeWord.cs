namespace CorridorSim.Corridor.Vocabulary;

/// <summary>
/// A name that may become a folder or file name on every system as it is written: a flow's <c>group:</c>, a
/// compared variant's name. Lower-case ASCII letters, digits, <c>_</c> and <c>-</c>, starting with a letter or
/// digit, at most <see cref="MaxLength"/> characters.
/// </summary>
/// <remarks>
/// Lower case only, because two names that differ by case alone would be one folder on macOS and Windows.
/// </remarks>
public static class FolderSafeWord
{
    /// <summary>The longest folder-safe word.</summary>
    public const int MaxLength = 100;

    /// <summary>What a folder-safe word may be, in the words a message gives as allowed.</summary>
    public const string Allowed = "a folder-safe word: lower-case letters a–z, digits, '_' and '-', starting with a letter or digit, at most 100 characters";

    /// <summary>Whether <paramref name="name"/> is a folder-safe word.</summary>
    public static bool Is(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !IsLetterOrDigit(name[0])) return false;
        foreach (var c in name)
        {
            if (!IsLetterOrDigit(c) && c != '_' && c != '-') return false;
        }

        return true;
    }

    /// <summary>
    /// The folder-safe word closest to <paramref name="name"/>: lower-cased, every other character
    /// replaced by <c>_</c>, cut to <see cref="MaxLength"/>; <c>flow</c> when nothing usable is left.
    /// </summary>
    public static string From(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => IsLetterOrDigit(c) || c is '-' ? c : '_').Take(MaxLength).ToArray();
        var word = new string(chars).TrimStart('_', '-');
        return word.Length == 0 ? "flow" : word;
    }

    private static bool IsLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
