using CorridorSim.Scenarios;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// The rule every loader error must keep, so that a user can find the mistake: it names a file; it has a
/// line and column (both ≥ 1) unless it is about the file as a whole; and it has a key path unless it is
/// about the file as a whole or its syntax (where no key can be trusted). A key path holding a character
/// nobody can see (a no-break space pasted from a web page) is allowed only if the message names it.
/// </summary>
/// <remarks>
/// "The file as a whole" and "its syntax" are closed lists of the loader's messages below: a new error
/// without a line or a key path fails the fuzz tests until someone decides that it belongs here.
/// File-level (line 0, no key path): over the size limit, not found, a folder, not a usable path, unreadable,
/// empty, and the "… and N more errors" summary of a capped list.
/// Syntax (a line, no key path): not UTF-8, a control character, malformed YAML, several documents, a duplicate
/// key, a key that is not a scalar, a tag, nesting or alias limits, an undefined alias, a root that is not a mapping.
/// </remarks>
internal static class DiagnosticRule
{
    private static readonly string[] FileLevel =
    [
        "scenario files are limited to", "file not found", "is a folder, not a scenario file", "is not a usable file path",
        "cannot be read", "the file holds no scenario (it is empty)", "more errors, not listed",
    ];

    private static readonly string[] Syntax =
    [
        "the file is not valid UTF-8", "is not allowed in a YAML file", "malformed YAML", "more than one YAML document",
        "appears twice in this mapping", "a key must be a plain word", "is not supported in scenario files",
        "nested more than", "the document expands to more than", "names no anchor defined before it", "the document is ",
    ];

    /// <summary>Why <paramref name="error"/> breaks the rule, or null when it keeps it.</summary>
    public static string? Violation(ScenarioDiagnostic error, IReadOnlyCollection<string> files)
    {
        if (string.IsNullOrWhiteSpace(error.Message)) return "it has no message";
        if (string.IsNullOrEmpty(error.File)) return "it names no file";
        if (!files.Contains(error.File)) return $"it names '{error.File}', which is not one of the files read ({string.Join(", ", files)})";
        if ((error.Line == 0) != (error.Column == 0)) return "it has a line without a column or a column without a line";
        if (error.Line < 0 || error.Column < 0) return "its line or column is negative";

        var fileLevel = FileLevel.Any(error.Message.Contains);
        var syntax = Syntax.Any(error.Message.Contains);
        if (error.Line == 0 && !fileLevel) return "it has no line, but is not about the file as a whole";
        if (error.KeyPath.Length == 0 && !fileLevel && !syntax) return "it has no key path, but is not about the file as a whole or its syntax";
        foreach (var c in error.KeyPath.Where(IsInvisible).Distinct())
        {
            if (!error.Message.Contains($"U+{(int)c:X4}", StringComparison.Ordinal))
                return $"its key path holds the invisible character U+{(int)c:X4}, which the message does not name";
        }

        return null;
    }

    /// <summary>A character a reader cannot see: white space other than a plain space, a format or control character.</summary>
    public static bool IsInvisible(char c) =>
        (char.IsWhiteSpace(c) && c != ' ') || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control;

    /// <summary>Why a warning breaks the rule: every warning is about a key, so it needs a file, a line and a key path.</summary>
    public static string? WarningViolation(ScenarioDiagnostic warning, IReadOnlyCollection<string> files)
    {
        if (string.IsNullOrWhiteSpace(warning.Message)) return "it has no message";
        if (!files.Contains(warning.File)) return $"it names '{warning.File}', which is not one of the files read";
        if (warning.Line < 1 || warning.Column < 1) return "it has no line and column";
        if (warning.KeyPath.Length == 0) return "it has no key path";
        return null;
    }
}
