using System.Text;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// The CSV files of a result folder, as <see cref="Reporting.ResultFiles"/> lists them, and byte-for-byte
/// comparisons of them that name the first differing line.
/// </summary>
public static class ResultFiles
{
    /// <summary>Every CSV file a single run writes when consignments are recorded.</summary>
    public static readonly IReadOnlyList<string> RunCsv = RunCsvFiles(withConsignments: true);

    /// <summary>The CSV files a single run writes with <c>--consignments none</c>.</summary>
    public static readonly IReadOnlyList<string> RunCsvWithoutConsignments = RunCsvFiles(withConsignments: false);

    /// <summary>Names of the CSV files directly in <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> CsvIn(string folder) =>
        Directory.GetFiles(folder, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Null when the two files hold the same bytes; otherwise where they first differ, as
    /// "<c>line N: expected … but was …</c>" (or a note on line count or line ends when every line matches).
    /// </summary>
    public static string? FirstDifference(string expectedPath, string actualPath)
    {
        var expected = File.ReadAllBytes(expectedPath);
        var actual = File.ReadAllBytes(actualPath);
        if (expected.AsSpan().SequenceEqual(actual)) return null;

        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            if (expectedLines[i] != actualLines[i])
                return $"line {i + 1}:\n  expected: {Shorten(expectedLines[i])}\n  actual:   {Shorten(actualLines[i])}";
        }

        return expectedLines.Length != actualLines.Length
            ? $"line {Math.Min(expectedLines.Length, actualLines.Length) + 1}: expected {expectedLines.Length} lines, found {actualLines.Length}"
            : "every line matches but the bytes differ (encoding or byte-order mark)";
    }

    /// <summary>Fails, naming the file and its first differing line, unless each named file is byte-identical in both folders.</summary>
    public static void AssertIdentical(string expectedFolder, string actualFolder, IEnumerable<string> files)
    {
        var differences = files
            .Select(f => (File: f, Difference: FirstDifference(Path.Combine(expectedFolder, f), Path.Combine(actualFolder, f))))
            .Where(d => d.Difference is not null)
            .Select(d => $"{d.File} differs between {expectedFolder} and {actualFolder}, first at {d.Difference}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static IReadOnlyList<string> RunCsvFiles(bool withConsignments) =>
        Reporting.ResultFiles.WrittenBy(Reporting.ResultCommand.Run, withConsignments)
            .Select(f => f.Name)
            .Where(name => name.EndsWith(".csv", StringComparison.Ordinal))
            .ToList();

    private static string Shorten(string line) => line.Length <= 300 ? line : line[..300] + "…";
}
