using System.Text.RegularExpressions;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Tests;

/// <summary>The list of result files against the README's "What a run writes" section, which users read instead of the code.</summary>
public partial class ResultFilesTests
{
    [Fact]
    public void ReadmeTable_ListsExactlyTheFilesARunWrites()
    {
        // Given the names in the first column of the README's table
        var listed = ReadmeTableNames();

        // When set beside the files the list says a run writes, with per-consignment files asked for
        var written = ResultFiles.WrittenBy(ResultCommand.Run, withConsignments: true).Select(f => f.Pattern);

        // Then neither names a file the other leaves out
        Assert.Equal(written.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadmeSection_NamesEveryFileOfCompareAndSweep()
    {
        var section = ReadmeSection();

        var missing = ResultFiles.All
            .Where(f => f.IsWrittenBy(ResultCommand.Compare, true) || f.IsWrittenBy(ResultCommand.Sweep, true))
            .Where(f => !section.Contains($"`{f.Pattern}`", StringComparison.Ordinal))
            .Select(f => f.Pattern);

        Assert.Empty(missing);
    }

    [Fact]
    public void All_EveryNameOnce_AndEveryFileWrittenBySomeCommand()
    {
        Assert.Equal(ResultFiles.All.Count, ResultFiles.All.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ResultFiles.All, f => Assert.NotEqual((ResultCommand)0, f.WrittenBy));
        Assert.All(ResultFiles.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), f.Name));
    }

    [Fact]
    public void WrittenBy_WithoutConsignments_LeavesOutOnlyTheOptionalFiles()
    {
        var with = ResultFiles.WrittenBy(ResultCommand.Run, withConsignments: true);
        var without = ResultFiles.WrittenBy(ResultCommand.Run, withConsignments: false);

        Assert.Equal(["sailings.csv", "trains.csv", "consignments.parquet", "stages.parquet"], with.Except(without).Select(f => f.Name));
    }

    [Fact]
    public void ReadmeSection_GivesTheColumnsTheTablesWrite()
    {
        // Given every back-ticked span of the section, with the line breaks of the README's wrapping removed
        var spans = BacktickedName().Matches(ReadmeSection()).Select(m => Regex.Replace(m.Groups[1].Value, @"\s+", "")).ToHashSet();

        // When each table's header is written as the README writes it (placeholders for the columns a run decides)
        string[] headers =
        [
            string.Join(",", SummaryCsv.Header),
            string.Join(",", ReplicationsCsv.Header([])) + ",",
            string.Join(",", ComparisonCsv.Header),
            string.Join(",", SweepCsv.Header(["<onecolumnpervariedkey>"])),
            string.Join(",", SailingsCsv.Header),
            string.Join(",", TrainsCsv.Header),
            string.Join(",", PortsCsv.Header),
            string.Join(",", MonthlyCsv.Header),
            string.Join(",", TimeseriesCsv.Header),
            string.Join(",", ConsignmentsCsv.Header),
            string.Join(",", StagesCsv.Header),
        ];

        // Then the README shows each one
        Assert.All(headers, h => Assert.Contains(h, spans));
    }

    private static IReadOnlyList<string> ReadmeTableNames()
    {
        var rows = ReadmeSection().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal));
        return rows.SelectMany(r => BacktickedName().Matches(r.Split('|')[1]).Select(m => m.Groups[1].Value)).ToList();
    }

    private static string ReadmeSection()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## What a run writes\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## What a run writes' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickedName();
}
