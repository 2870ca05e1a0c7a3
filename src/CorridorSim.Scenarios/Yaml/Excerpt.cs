using System.Text;

namespace CorridorSim.Scenarios.Yaml;

/// <summary>
/// A short, escaped excerpt of a value a user wrote, as messages quote it: at most <see cref="MaxChars"/>
/// characters, control and invisible characters shown as escapes, so that a message never carries a whole
/// foreign file or a line break that would forge a second message.
/// </summary>
internal static class Excerpt
{
    /// <summary>Characters of a value a message quotes before it is cut.</summary>
    public const int MaxChars = 60;

    /// <summary>Characters of the free text of one message (values already cut) before it is cut too.</summary>
    public const int MaxMessageChars = 400;

    private const string Cut = "…";

    /// <summary><paramref name="value"/> escaped and cut at <see cref="MaxChars"/>.</summary>
    public static string Of(string value) => Escape(value, MaxChars);

    /// <summary>A key path with each of its parts (a key or an item's name) escaped and cut at <see cref="MaxChars"/>.</summary>
    public static string OfKeyPath(string keyPath) => string.Join('.', keyPath.Split('.').Select(Of));

    /// <summary>
    /// A message with every quoted run (<c>'…'</c> or <c>"…"</c>) longer than <see cref="MaxChars"/> cut, control
    /// characters escaped, and the whole cut at <see cref="MaxMessageChars"/>.
    /// </summary>
    public static string OfMessage(string message)
    {
        var result = new StringBuilder(Math.Min(message.Length, MaxMessageChars + 8));
        var i = 0;
        while (i < message.Length && result.Length < MaxMessageChars)
        {
            var c = message[i];
            var close = OpensQuote(message, i) ? ClosingQuote(message, i) : -1;
            if (close > i)
            {
                result.Append(c).Append(Escape(message.Substring(i + 1, close - i - 1), MaxChars)).Append(c);
                i = close + 1;
                continue;
            }

            result.Append(Escape(c.ToString(), 1 + 6));
            i++;
        }

        var text = result.ToString();
        return i < message.Length || text.Length > MaxMessageChars ? text[..Math.Min(text.Length, MaxMessageChars)] + Cut : text;
    }

    // An apostrophe inside a word ("the flow's origin") opens no quotation.
    private static bool OpensQuote(string message, int at) =>
        message[at] is '\'' or '"' && (at == 0 || message[at - 1] is ' ' or '(' or '[' or '{');

    private static int ClosingQuote(string message, int open)
    {
        for (var at = message.IndexOf(message[open], open + 1); at > open; at = message.IndexOf(message[open], at + 1))
        {
            if (at + 1 == message.Length || message[at + 1] is ' ' or ',' or '.' or ';' or ':' or ')' or ']' or '}' or '?' or '!') return at;
        }

        return -1;
    }

    private static string Escape(string value, int max)
    {
        var result = new StringBuilder(Math.Min(value.Length, max) + 8);
        foreach (var c in value)
        {
            if (result.Length >= max)
            {
                result.Append(Cut);
                break;
            }

            result.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
