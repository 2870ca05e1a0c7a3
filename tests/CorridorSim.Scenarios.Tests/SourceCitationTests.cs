using System.Text.RegularExpressions;
using CorridorSim.Scenarios.Tests.Sources;

namespace CorridorSim.Scenarios.Tests;

/// <summary>Every source a bundled scenario cites resolves inside the repository, in <c>scenarios/SOURCES.md</c>.</summary>
public class SourceCitationTests
{
    private static readonly Lazy<SourcesSheet> Sources =
        new(() => SourcesSheet.Parse(File.ReadAllText(RepositoryPaths.Scenario("SOURCES.md"))));

    public static TheoryData<string> ScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepositoryPaths.BundledScenarios) data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void EveryCitedRow_IsListedInSources(string file)
    {
        // Given the comments of a bundled scenario
        var yaml = File.ReadAllText(RepositoryPaths.Scenario(file));

        // When every citation in them is looked up in SOURCES.md
        var unlisted = Sources.Value.Unlisted(file, yaml);

        // Then none is missing
        Assert.True(unlisted.Count == 0, string.Join("\n", unlisted));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void BundledScenario_Comments_CiteNoFileOutsideTheRepository(string file)
    {
        var outside = ScenarioComments.Read(File.ReadAllText(RepositoryPaths.Scenario(file)))
            .Where(c => c.Text.Contains("corridor-data", StringComparison.Ordinal))
            .Select(c => $"{file}:{c.Line}: {c.Text}")
            .ToList();

        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    [Fact]
    public void Sources_ListsTheSectionsTheNextModelIssuesCite()
    {
        foreach (var section in new[] { 0, 12, 14, 15, 17, 18, 19, 20 })
            Assert.True(Sources.Value.Lists("section " + section), $"section {section} is missing from SOURCES.md");
        Assert.True(Sources.Value.Lists("14.1") && Sources.Value.Lists("20.15") && Sources.Value.Lists("E12"));
    }

    [Fact]
    public void Sources_NamesTheSameUnitsAsTheRule()
    {
        // Given the sentence of SOURCES.md that lists the units which make a decimal a value
        var text = File.ReadAllText(RepositoryPaths.Scenario("SOURCES.md"));
        var start = text.IndexOf("The units that count are", StringComparison.Ordinal);
        var sentence = text[start..text.IndexOf('.', start)];

        // Then they are exactly the units the rule knows
        var documented = Regex.Matches(sentence, "`([^`]+)`").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(CitationRule.Units.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public void CitedRow_AbsentFromSources_IsReportedWithFileLineAndCitation()
    {
        // Given a sheet that lists 2.17 and E4 but not 4.15, and a scenario citing all three
        var sheet = SourcesSheet.Parse("## 2. Node capacities\n| 2.17 | Kuryk ferry cycle |\n| E4 | berth service |\n");
        var yaml = "name: x   # estimate\nports:\n  - ferry_load_hours: 8   # E4 (2.17)\n    feeder_load_hours: 20  # 4.15 (protocol max 30 h)\n";

        // When the sheet is checked against the scenario
        var unlisted = sheet.Unlisted("tiny.yaml", yaml);

        // Then only the absent row is reported, with its file and line
        Assert.Equal(["tiny.yaml:4: 4.15 is not listed in scenarios/SOURCES.md"], unlisted);
    }

    [Theory]
    [InlineData(" E5 (4.15: Baku average 20.1 h)", new[] { "E5", "4.15" })]
    [InlineData(" Kazakh exports 3.15 Mt = oil 1.5 Mt + dry 1.65 Mt (1.18)", new[] { "1.18" })]
    [InlineData(" containers 4.074 Mt (35.8%), section 12", new[] { "section 12" })]
    [InlineData(" D: baseline 700,000 × 10 / 4.5", new string[0])]
    [InlineData(" D: baseline × 1.5126 (the rest of section 12)", new[] { "section 12" })]
    [InlineData(" estimate: 3.2 counts 14 ferries; 2.14's 51,000 TEU/yr", new[] { "3.2", "2.14" })]
    [InlineData(" estimate (0.3 × 0.6); 1,400 t/train", new string[0])]
    public void CitationRule_TellsRowsFromValues(string comment, string[] citations)
    {
        Assert.Equal(citations, CitationRule.Find(comment));
    }

    [Fact]
    public void CitationRule_DecimalWithoutUnit_IsTakenForARow()
    {
        // A value written without its unit reads as a row: the check then fails, which is why values carry units.
        Assert.Equal(["1.65"], CitationRule.Find(" dry 1.65 (grain and metals)"));
    }
}
