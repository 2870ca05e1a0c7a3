using System.Text.RegularExpressions;

namespace CorridorSim.Scenarios.Tests.Sources;

/// <summary>
/// What <c>scenarios/SOURCES.md</c> lists: the row numbers in the first cell of its table rows (<c>2.17</c>, <c>E7</c>)
/// and its numbered section headings (<c>## 12. …</c> gives <c>section 12</c>).
/// </summary>
internal sealed partial class SourcesSheet
{
    private readonly HashSet<string> listed;

    private SourcesSheet(HashSet<string> listed) => this.listed = listed;

    /// <summary>Reads the sheet from its Markdown text.</summary>
    public static SourcesSheet Parse(string markdown)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in markdown.Split('\n'))
        {
            var row = Row().Match(line);
            if (row.Success) listed.Add(row.Groups[1].Value);
            var heading = Heading().Match(line);
            if (heading.Success) listed.Add("section " + heading.Groups[1].Value);
        }

        return new SourcesSheet(listed);
    }

    /// <summary>Whether a citation (<c>2.17</c>, <c>E7</c>, <c>section 12</c>) names something the sheet lists.</summary>
    public bool Lists(string citation) => listed.Contains(citation);

    /// <summary>How many rows and sections the sheet lists.</summary>
    public int Count => listed.Count;

    /// <summary>Every citation in the comments of <paramref name="yaml"/> that the sheet does not list, as <c>file:line: citation</c>.</summary>
    public IReadOnlyList<string> Unlisted(string file, string yaml) =>
        ScenarioComments.Read(yaml)
            .SelectMany(c => CitationRule.Find(c.Text).Select(citation => (c.Line, Citation: citation)))
            .Where(c => !Lists(c.Citation))
            .Select(c => $"{file}:{c.Line}: {c.Citation} is not listed in scenarios/SOURCES.md")
            .ToList();

    [GeneratedRegex(@"^\|\s*([1-9]\d?\.\d{1,2}|E[1-9]\d?)\s*\|")]
    private static partial Regex Row();

    [GeneratedRegex(@"^##\s+(\d{1,2})\.\s")]
    private static partial Regex Heading();
}
