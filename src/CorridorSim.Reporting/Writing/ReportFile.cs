using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>File names and the text-file writer shared by every report of a result folder.</summary>
public static class ReportFile
{
    public const string ReportName = "report.md";
    public const string ResolvedScenarioName = "scenario.resolved.yaml";

    /// <summary>Writes a whole text file: UTF-8 without a byte-order mark, exactly the characters given.</summary>
    public static void WriteText(string path, string text) => File.WriteAllText(path, text, CsvFile.Utf8);
}
