using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CorridorSim.Scenarios.Yaml;

/// <summary>
/// Parses YAML text into a <see cref="ScenarioNode"/> tree with a location on every node. Rejects what a
/// scenario never needs and what could make later stages blow up: several documents, duplicate keys, keys
/// that are not scalars, tags other than <c>!!str</c>, nesting deeper than <see cref="ScenarioLimits.MaxNesting"/>,
/// and alias expansion beyond <see cref="ScenarioLimits.MaxNodes"/>.
/// </summary>
/// <remarks>
/// Implementation note: built on YamlDotNet's event parser rather than <c>YamlStream</c> so that duplicate keys
/// are caught, nesting is bounded before any recursion, and aliases are counted as they are expanded. The
/// tree is built with an explicit stack, never by recursion.
/// </remarks>
internal static class YamlTreeReader
{
    /// <summary>Reads a whole scenario file; its root must be a mapping. Returns null after reporting an error.</summary>
    public static ScenarioMapping? ReadDocument(string text, string file, DiagnosticBag bag, CancellationToken cancellation = default)
    {
        var root = Read(text, file, bag, "", cancellation);
        switch (root)
        {
            case null:
                return null;
            case ScenarioMapping mapping:
                return mapping;
            case ScenarioScalar { IsNull: true }:
                bag.Error(SourceLocation.FileOnly(file), "", "the file holds no scenario (it is empty)", null, "a mapping of scenario keys such as name:, origins:, flows:");
                return null;
            default:
                bag.Error(root.Location, "", $"the document is {root.Describe()}", null, "a mapping of scenario keys such as name:, origins:, flows:");
                return null;
        }
    }

    /// <summary>Reads one value (a <c>--set</c> right-hand side); an empty text is a null scalar.</summary>
    public static ScenarioNode? ReadValue(string text, string file, DiagnosticBag bag, string keyPath) =>
        Read(text, file, bag, keyPath, CancellationToken.None);

    private static ScenarioNode? Read(string text, string file, DiagnosticBag bag, string keyPath, CancellationToken cancellation)
    {
        // Parsing a 10 MB file takes seconds: Ctrl+C and SIGTERM are honoured every few thousand events.
        const int eventsBetweenChecks = 4096;
        var events = 0;
        if (!TextCheck.IsYamlPrintable(text, file, bag, keyPath)) return null;

        var parser = new Parser(new StringReader(text));
        var builder = new TreeBuilder(file, bag, keyPath);
        while (true)
        {
            ParsingEvent? current;
            if (++events % eventsBetweenChecks == 0) cancellation.ThrowIfCancellationRequested();
            try
            {
                if (!parser.MoveNext()) break;
                current = parser.Current;
            }
            catch (YamlException ex)
            {
                bag.Error(SourceLocation.At(file, ex.Start), keyPath, $"malformed YAML: {ex.Message}");
                return null;
            }
            catch (InvalidOperationException)
            {
                // Implementation note: YamlDotNet 18.1's scanner throws this instead of a YamlException on some
                // unterminated flow collections ("a: [1, 2" followed by more lines). The input is malformed;
                // the try block holds only the parser's own call, so no fault of ours can be relabelled here.
                bag.Error(builder.LastLocation, keyPath, "malformed YAML: a '[' or '{' list or mapping is not closed (or is broken across lines)");
                return null;
            }

            if (current is null || !builder.Accept(current)) return builder.Failed ? null : builder.Root;
        }

        return builder.Failed ? null : builder.Root ?? new ScenarioScalar(SourceLocation.FileOnly(file), "", true);
    }
}
