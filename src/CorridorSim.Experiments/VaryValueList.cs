namespace CorridorSim.Experiments;

/// <summary>
/// Splits a sweep's value list at the commas that are not inside brackets, braces or quotes, so one value
/// may be a whole distribution such as <c>{ dist: uniform, min: 4, max: 8 }</c>.
/// </summary>
internal static class VaryValueList
{
    public static IReadOnlyList<string> Split(string text)
    {
        var values = new List<string>();
        var depth = 0;
        char? quote = null;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == q) quote = null;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    values.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }

        values.Add(text[start..]);
        return values;
    }
}
