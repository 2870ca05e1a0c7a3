namespace CorridorSim.Reporting.Tables;

/// <summary>
/// Opens a text file of a result folder for writing: UTF-8 without a byte-order mark, <c>\n</c> line
/// ends, buffered.
/// </summary>
internal static class TableFile
{
    private const int BufferBytes = 1 << 16;

    public static StreamWriter Create(string path)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferBytes);
        return new StreamWriter(stream, CsvFile.Utf8, BufferBytes) { NewLine = "\n" };
    }

    /// <summary>Writes a whole binary table (Parquet) to <paramref name="path"/> through <paramref name="write"/>.</summary>
    public static void WriteBinary(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, BufferBytes);
        write(stream);
    }

    /// <summary>Writes a whole table to <paramref name="path"/> through <paramref name="write"/>.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        using var writer = Create(path);
        write(writer);
    }
}
