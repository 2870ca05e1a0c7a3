using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Tests.Given;

/// <summary>Runs a table writer into a string, and splits CSV text back into rows of fields (no quoted commas in test data).</summary>
public static class CsvText
{
    public static string Of(Action<TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    public static IReadOnlyList<string[]> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();

    /// <summary>The rows of a CSV file as dictionaries from header name to field.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Records(string path)
    {
        var rows = Rows(File.ReadAllText(path));
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static double Number(string field) =>
        field.Length == 0 ? double.NaN : double.Parse(field, System.Globalization.CultureInfo.InvariantCulture);

    public static string Header(IReadOnlyList<string> names) => string.Join(",", names);

    public static string Format(double value) => CsvNumber.Format(value);
}
