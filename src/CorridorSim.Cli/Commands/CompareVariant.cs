using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// One <c>compare --variant "name: key=value, key=value"</c>: the base scenario with these overrides, run under
/// its own name on the base's seeds, so a student compares an edit without writing a file.
/// </summary>
/// <param name="Name">The variant's name, a <see cref="FolderSafeWord"/>: it names the scenario, its sub-folder and its rows.</param>
/// <param name="Settings">The <c>key.path=value</c> overrides, in the order written, as <c>--set</c> takes them.</param>
internal sealed record CompareVariant(string Name, IReadOnlyList<string> Settings)
{
    /// <summary>
    /// Reads <c>name: key=value, key=value</c>. Commas inside braces or brackets belong to a value
    /// (<c>ports.aktau.ferry_load_hours={ dist: constant, value: 5 }</c>).
    /// </summary>
    /// <exception cref="InvalidInputException">No name, a name that is not folder-safe, or no setting.</exception>
    public static CompareVariant Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            throw Invalid(text, "it has no name; write it as \"name: key.path=value, key.path=value\"");
        }

        var name = text[..colon].Trim();
        if (!FolderSafeWord.Is(name))
        {
            throw Invalid(text, $"the name '{UserTextExcerpt(name)}' is not {FolderSafeWord.Allowed} (it names the variant's folder)");
        }

        var settings = SplitTopLevel(text[(colon + 1)..]).Select(s => s.Trim()).ToList();
        if (settings.Count == 0 || settings.Any(s => s.Length == 0))
        {
            throw Invalid(text, "it needs one or more key.path=value settings after the name, separated by commas, none empty");
        }

        if (settings.FirstOrDefault(s => !s.Contains('=', StringComparison.Ordinal)) is { } bare)
        {
            throw Invalid(text, $"'{UserTextExcerpt(bare)}' is not key.path=value");
        }

        return new CompareVariant(name, settings);
    }

    private static IEnumerable<string> SplitTopLevel(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '{' or '[' => 1, '}' or ']' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i];
                start = i + 1;
            }
        }

        yield return list[start..];
    }

    // Messages quote user text only as a short excerpt, as every other message does.
    private static string UserTextExcerpt(string text)
    {
        var cut = text.Length <= 60 ? text : text[..60] + "…";
        return string.Concat(cut.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }

    private static InvalidInputException Invalid(string text, string why) => new($"--variant \"{UserTextExcerpt(text)}\": {why}.");
}
