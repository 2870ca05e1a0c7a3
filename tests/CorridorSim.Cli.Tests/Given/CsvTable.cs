namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// A small CSV file read for assertions: its header and rows as column → value. Fields are split at commas,
/// which holds for the KPI tables the tests read (no quoted fields).
/// </summary>
public sealed record CsvTable(string Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvTable Read(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        Assert.True(lines.Length > 1 && lines[^1] == "", $"{path} should end with one \\n");
        var columns = lines[0].Split(',');
        var rows = lines[1..^1].Select(line =>
        {
            var fields = line.Split(',');
            Assert.True(fields.Length == columns.Length, $"{path}: '{line}' has {fields.Length} fields, the header {columns.Length}");
            return (IReadOnlyDictionary<string, string>)columns.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
        return new CsvTable(lines[0], rows);
    }

    public IEnumerable<string> Column(string name) => Rows.Select(r => r[name]);
}
