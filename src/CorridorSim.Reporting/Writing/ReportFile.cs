using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>The text-file writer shared by every report of a result folder (the names are in <see cref="ResultFiles"/>).</summary>
public static class ReportFile
{
    /// <summary>Writes a whole text file: UTF-8 without a byte-order mark, exactly the characters given.</summary>
    /// <remarks>
    /// Written through a stream rather than <see cref="File.WriteAllText(string, string?, System.Text.Encoding)"/>:
    /// that reserves the file's size first and, on a full disk, says so without the system's error number,
    /// which is what tells the user "the disk is full" (a stream's write reports it).
    /// </remarks>
    public static void WriteText(string path, string text)
    {
        using var writer = new StreamWriter(path, append: false, CsvFile.Utf8);
        writer.Write(text);
    }
}
