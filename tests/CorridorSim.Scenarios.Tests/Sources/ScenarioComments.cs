using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace CorridorSim.Scenarios.Tests.Sources;

/// <summary>The comments of a scenario file, as the YAML scanner sees them (never a <c>#</c> inside a quoted value).</summary>
internal static class ScenarioComments
{
    /// <summary>Each comment's 1-based line and its text after the <c>#</c>.</summary>
    public static IEnumerable<(int Line, string Text)> Read(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml), skipComments: false);
        while (scanner.MoveNext())
        {
            if (scanner.Current is Comment comment) yield return ((int)comment.Start.Line, comment.Value);
        }
    }
}
