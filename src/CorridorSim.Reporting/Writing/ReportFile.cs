using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>The text-file writer shared by every report of a result folder (the names are in <see cref="ResultFiles"/>).</summary>
public static class ReportFile
{
    /// <summary>Writes a whole text file: UTF-8 without a byte-order mark, exactly the characters given.</summary>
    public static void WriteText(string path, string text) => File.WriteAllText(path, text, CsvFile.Utf8);
}
