namespace CorridorSim.Scenarios.Yaml;

/// <summary>Rejects characters YAML does not allow in a document before the parser sees them.</summary>
/// <remarks>
/// Implementation note: YamlDotNet reads a NUL as the end of the stream, so "a: 1\0anything" would silently
/// lose the rest of the file; checking first turns that into an error with a line and column.
/// </remarks>
internal static class TextCheck
{
    public static bool IsYamlPrintable(string text, string file, DiagnosticBag bag, string keyPath)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            var bad = c < 0x20 && c != '\t' && c != '\r'
                || c == 0x7F
                || c is '\uFFFE' or '\uFFFF'
                || (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            if (bad)
            {
                bag.Error(new SourceLocation(file, line, column), keyPath,
                    $"the control character U+{(int)c:X4} is not allowed in a YAML file", null, "printable text (tabs and line breaks are fine)");
                return false;
            }

            column++;
        }

        return true;
    }
}
