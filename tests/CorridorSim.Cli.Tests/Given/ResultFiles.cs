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

    /// <summary>Every Parquet file a single run writes by default when consignments are recorded.</summary>
    public static readonly IReadOnlyList<string> RunParquet = RunFiles(withConsignments: true, Reporting.TableFormat.Parquet, ".parquet");

    /// <summary>Every table (CSV and Parquet) a single run writes by default when consignments are recorded.</summary>
    public static readonly IReadOnlyList<string> RunTables = [.. RunCsv, .. RunParquet];

    /// <summary>Every CSV file a single run writes with <c>--table-format csv</c>, with or without consignments.</summary>
    public static IReadOnlyList<string> RunCsvInCsvFormat(bool withConsignments) => RunFiles(withConsignments, Reporting.TableFormat.Csv, ".csv");

    /// <summary>Every Parquet file a single run writes by default, with or without consignments.</summary>
    public static IReadOnlyList<string> RunParquetFiles(bool withConsignments) => RunFiles(withConsignments, Reporting.TableFormat.Parquet, ".parquet");

    /// <summary>Names of the Parquet files directly in <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> ParquetIn(string folder) =>
        Directory.GetFiles(folder, "*.parquet").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

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

    /// <summary>
    /// Fails, naming the file and the first differing line, unless each Parquet file of <paramref name="folder"/>
    /// reads back (<see cref="ParquetText"/>) to the bytes of its CSV variant <c>&lt;name&gt;.csv</c> in <paramref name="csvFolder"/>.
    /// </summary>
    public static void AssertSameRows(string csvFolder, string folder, IEnumerable<string> parquetFiles)
    {
        using var temp = new TempFolder();
        var differences = new List<string>();
        foreach (var file in parquetFiles)
        {
            var csv = Path.ChangeExtension(file, ".csv");
            File.WriteAllText(temp.Combine(csv), ParquetText.AsCsv(Path.Combine(folder, file)), new UTF8Encoding(false));
            if (FirstDifference(Path.Combine(csvFolder, csv), temp.Combine(csv)) is { } difference)
                differences.Add($"{file} in {folder} does not read back to {csv} in {csvFolder}, first at {difference}");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static IReadOnlyList<string> RunCsvFiles(bool withConsignments) => RunFiles(withConsignments, Reporting.TableFormat.Parquet, ".csv");

    private static IReadOnlyList<string> RunFiles(bool withConsignments, Reporting.TableFormat format, string extension) =>
        Reporting.ResultFiles.WrittenBy(Reporting.ResultCommand.Run, withConsignments, format)
            .Select(f => f.Name)
            .Where(name => name.EndsWith(extension, StringComparison.Ordinal))
            .ToList();

    private static string Shorten(string line) => line.Length <= 300 ? line : line[..300] + "…";
}
