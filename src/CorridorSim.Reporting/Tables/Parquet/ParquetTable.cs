using Parquet;
using Parquet.Schema;

namespace CorridorSim.Reporting.Tables.Parquet;

/// <summary>
/// A big table written as Apache Parquet: the same columns, names and row order as its CSV variant, typed,
/// compressed, and one row group per replication so a reader can take one replication without the rest.
/// </summary>
/// <remarks>
/// Implementation note: Parquet.Net writes a row group column by column, so a replication's rows are held
/// in memory while its group is written (a few hundred MB at most, for the biggest stage tables); the
/// CSV variant streams instead. Zstandard at its default ("optimal") level: on the baseline's stages a
/// third of Snappy's size in the same time, where Zstandard's smallest-size level takes four times as
/// long for 15% less. Every reader named in the README reads it. The library's API is asynchronous; a result folder is written on one thread
/// without a synchronisation context, so it is waited for here.
/// </remarks>
/// <typeparam name="TRow">What one line of the table describes.</typeparam>
internal sealed class ParquetTable<TRow>(IReadOnlyList<ParquetColumn<TRow>> columns)
{
    private static readonly ParquetOptions Options = new()
    {
        CompressionMethod = CompressionMethod.Zstd,
        CompressionLevel = System.IO.Compression.CompressionLevel.Optimal,
    };

    /// <summary>The file's schema: one field per column, in order.</summary>
    public ParquetSchema Schema { get; } = new(columns.Select(c => (Field)c.Field));

    /// <summary>Writes one row group per entry of <paramref name="rowGroups"/>, in order; checks for cancellation between groups.</summary>
    public void Write(Stream stream, IEnumerable<IReadOnlyList<TRow>> rowGroups, CancellationToken cancellation = default) =>
        WriteAsync(stream, rowGroups, cancellation).GetAwaiter().GetResult();

    private async Task WriteAsync(Stream stream, IEnumerable<IReadOnlyList<TRow>> rowGroups, CancellationToken cancellation)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, Options, cancellationToken: cancellation).ConfigureAwait(false);
        foreach (var rows in rowGroups)
        {
            cancellation.ThrowIfCancellationRequested();
            using var group = writer.CreateRowGroup();
            foreach (var column in columns)
            {
                await column.WriteAsync(group, rows, cancellation).ConfigureAwait(false);
            }
        }
    }
}
