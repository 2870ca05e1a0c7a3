using System.Text.RegularExpressions;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// One line of a block-style scenario file as the mutators see it: its indentation, whether it opens a list
/// item, the key it sets and where its value stands (comment excluded), so a value can be replaced in place.
/// </summary>
/// <remarks>
/// Implementation note: a line view, not a YAML parser, because mutants must keep the file's comments,
/// layout and everything not mutated byte for byte; the bundled scenarios are written in the one block style
/// this understands, and a line it misreads only makes a stranger mutant, never a wrong verdict.
/// </remarks>
internal sealed partial record ScenarioLine(int Indent, bool Dash, string? Key, int ValueStart, int ValueLength, string Text)
{
    /// <summary>Column where the key starts: past the indentation and any <c>- </c>.</summary>
    public int KeyColumn => Indent + (Dash ? 2 : 0);

    public string Value => Text.Substring(ValueStart, ValueLength);

    public bool IsBlankOrComment => Text.TrimStart().Length == 0 || Text.TrimStart().StartsWith('#');

    public bool HasScalarValue => Key is not null && ValueLength > 0 && Value[0] is not ('[' or '{' or '|' or '>' or '&' or '*');

    public bool HasFlowMapping => Key is not null && ValueLength > 0 && Value[0] == '{';

    public bool HasFlowList => Key is not null && ValueLength > 0 && Value[0] == '[';

    public bool IsNumber => HasScalarValue && NumberPattern().IsMatch(Value);

    public static ScenarioLine Parse(string text)
    {
        var indent = text.Length - text.TrimStart(' ').Length;
        var match = KeyPattern().Match(text);
        if (!match.Success)
        {
            var dashOnly = text.AsSpan(indent).StartsWith("- ");
            return new ScenarioLine(indent, dashOnly, null, 0, 0, text);
        }

        var rest = match.Groups["rest"];
        if (!rest.Success) return new ScenarioLine(indent, match.Groups["dash"].Success, match.Groups["key"].Value, text.Length, 0, text);
        var valueEnd = CommentStart(text, rest.Index);
        var start = rest.Index;
        while (start < valueEnd && text[start] is ' ' or '\t') start++;
        while (valueEnd > start && text[valueEnd - 1] is ' ' or '\t') valueEnd--;
        return new ScenarioLine(indent, match.Groups["dash"].Success, match.Groups["key"].Value, start, valueEnd - start, text);
    }

    /// <summary>The line with its value replaced (and its comment kept).</summary>
    public string WithValue(string value) => Text[..ValueStart] + value + Text[(ValueStart + ValueLength)..];

    /// <summary>Where a <c> #</c> comment starts outside quotes, or the end of the line.</summary>
    private static int CommentStart(string text, int from)
    {
        var quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || text[i - 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"^ *(?<dash>- +)?(?<key>[A-Za-z_][A-Za-z0-9_]*) *:(?<rest>[ \t].*)?$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex NumberPattern();
}
