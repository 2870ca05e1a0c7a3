using System.Globalization;
using System.Text;
using CsvHelper;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// One CSV table being written row by row: a header, then fields and row ends, streamed to its writer
/// so that a table of millions of rows never becomes one string.
/// </summary>
/// <remarks>
/// Every table of a result folder goes through here, so they all share one dialect: RFC 4180 quoting,
/// <c>\n</c> line ends, UTF-8 without a byte-order mark, invariant culture, and the same field count in
/// every row (CsvHelper checks it).
/// </remarks>
internal sealed class CsvFile : IDisposable
{
    private static readonly CsvWriterOptions Dialect = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        TrueValue = "true",
        FalseValue = "false",
        WriteByteOrderMark = false,
        Injection = CsvInjection.None,
    };

    private readonly CsvWriter _writer;

    private CsvFile(TextWriter writer, bool leaveOpen, IReadOnlyList<string> header)
    {
        _writer = CsvWriter.Create(writer, Dialect, leaveOpen);
        foreach (var name in header)
        {
            _writer.WriteField(name);
        }

        _writer.EndRecord();
    }

    /// <summary>Starts a table on a writer the caller owns (left open when the table is disposed).</summary>
    public static CsvFile On(TextWriter writer, IReadOnlyList<string> header) => new(writer, leaveOpen: true, header);

    /// <summary>The encoding of every text file in a result folder: UTF-8 without a byte-order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the next field of the current row, already formatted (quoted by the dialect where it must be).</summary>
    public void Field(string value) => _writer.WriteField(value);

    /// <summary>Ends the current row.</summary>
    public void EndRow() => _writer.EndRecord();

    /// <summary>Flushes the table into its writer.</summary>
    public void Dispose() => _writer.Dispose();
}
