using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Given;

/// <summary>Reads the Markdown tables of a report back into cells, and checks a cell against a CSV field.</summary>
public static class ReportTables
{
    /// <summary>The body rows of the table whose header row starts with <paramref name="firstHeader"/>.</summary>
    public static IReadOnlyList<string[]> Rows(string markdown, string firstHeader)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith($"| {firstHeader} |", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no table starting with '{firstHeader}'");
        return lines.Skip(start + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
            .ToList();
    }

    /// <summary>
    /// The report cell is the CSV value formatted for reading: the same text the formatter gives for the
    /// value read back from the CSV, and within half a unit of its last shown digit.
    /// </summary>
    public static void AssertSameNumber(string csvField, string reportCell, bool signed = false)
    {
        var value = CsvText.Number(csvField);
        Assert.Equal(signed ? ReportNumber.Signed(value) : ReportNumber.Format(value), reportCell);
        if (double.IsNaN(value))
        {
            return;
        }

        var shown = double.Parse(reportCell.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var decimals = reportCell.Contains('.') ? reportCell.Length - reportCell.IndexOf('.') - 1 : 0;
        Assert.True(Math.Abs(shown - value) <= (0.5 * Math.Pow(10, -decimals)) + 1e-9, $"{reportCell} vs {csvField}");
    }
}
